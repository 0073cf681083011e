/**
 * The studio: the sources on the left, the record being edited in the middle, the checks and the reader's page
 * on the right. It owns the draft (with undo and redo), keeps it in the browser as it changes, and saves it only
 * when the build's own validator accepts it.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { LoadedTimeline, TimelineProblem } from '../data/parseTimeline.ts';
import { CategoryForm } from './CategoryForm.tsx';
import { checkDraft } from './checkDraft.ts';
import { CorrectionDialog } from './CorrectionDialog.tsx';
import { CorrectionForm } from './CorrectionForm.tsx';
import { createHistory, draftHistoryReducer } from './draftHistory.ts';
import type { DraftHistory, DraftHistoryAction } from './draftHistory.ts';
import { addCategory, addCitation, addCorrection, addEntity, addEvent, addFigure, updateMeta } from './draftEdits.ts';
import type { EditorTarget, RecordCollection } from './draftEdits.ts';
import { DocumentsForm } from './DocumentsForm.tsx';
import { getSpeakerOptions } from './editorTypes.ts';
import type { Edit } from './editorTypes.ts';
import { EntityForm } from './EntityForm.tsx';
import { EventForm } from './EventForm.tsx';
import { exportTimelineJsText } from './exportTimelineJsText.ts';
import { getFieldId, ProblemsContext } from './fields.tsx';
import { FigureForm } from './FigureForm.tsx';
import { createImportedDraft } from './importedTimeline.ts';
import { ImportDialog } from './ImportDialog.tsx';
import { importText } from './importText.ts';
import { MetaForm } from './MetaForm.tsx';
import { openTimelineText } from './openTimelineText.ts';
import { PreviewFrame } from './PreviewFrame.tsx';
import { ProblemsPanel } from './ProblemsPanel.tsx';
import { findChangedRecords, proposeCorrection } from './proposeCorrection.ts';
import { describeOversize, isWithinSizeLimit } from './readUntrustedJson.ts';
import {
  downloadText,
  hasFileSystemAccess,
  hasSaveServer,
  pickTimelineFile,
  readServerTimeline,
  saveTimeline,
} from './saveTimeline.ts';
import type { WritableFileHandle } from './saveTimeline.ts';
import { SourcesPane } from './SourcesPane.tsx';
import { loadSession, saveSession } from './studioStorage.ts';
import {
  createEmptyDraft,
  formatTimelineFile,
  formatToday,
  fromTimelineFile,
  toTimelineFile,
  UNTITLED_REPORT,
} from './studioModel.ts';
import type { Draft, DraftSource, FileCorrection, TimelineFile } from './studioModel.ts';

/** How long the draft waits after an edit before it is kept in the browser, ms. */
const AUTOSAVE_DELAY_MS = 300;

interface Notice {
  tone: 'info' | 'error';
  text: string;
  details?: string[];
}

/** A draft to start from when nothing is kept in the browser: no report yet, one category. */
function createStartDraft(today: string): Draft {
  const draft = createEmptyDraft(UNTITLED_REPORT, today);
  return {
    ...draft,
    documents: [],
    timeline: { ...draft.timeline, meta: { ...draft.timeline.meta, title: 'Untitled timeline' } },
  };
}

/** The editor target a problem's path lies in. */
function getTarget(path: string): EditorTarget {
  const match = /^(events|entities|figures|categories|corrections)\[(\d+)\]/.exec(path);
  if (match !== null) return { collection: match[1] as RecordCollection, index: Number(match[2]) };
  if (path.startsWith('documents')) return { collection: 'documents' };
  if (/^(events|entities|figures|categories|corrections)$/.test(path))
    return { collection: path as RecordCollection, index: 0 };
  return { collection: 'meta' };
}

/** The path and its parents, nearest first, down to the record: where focus may land for a problem. */
function getFocusCandidates(path: string): string[] {
  const candidates: string[] = [];
  let current = path;
  while (current !== '') {
    candidates.push(current);
    const cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
    if (cut <= 0) break;
    current = current.slice(0, cut);
  }
  return candidates;
}

const TABS: { collection: EditorTarget['collection']; label: string }[] = [
  { collection: 'events', label: 'Events' },
  { collection: 'entities', label: 'Entities' },
  { collection: 'figures', label: 'Figures' },
  { collection: 'categories', label: 'Categories' },
  { collection: 'corrections', label: 'Corrections' },
  { collection: 'meta', label: 'About' },
  { collection: 'documents', label: 'Documents' },
];

function getRecordLabel(draft: Draft, collection: RecordCollection, index: number): string {
  const { timeline } = draft;
  switch (collection) {
    case 'events':
      return timeline.events[index]?.title || 'Untitled event';
    case 'entities':
      return timeline.entities[index]?.name || 'Unnamed entity';
    case 'figures': {
      const figure = timeline.figures[index];
      return figure === undefined ? '' : `${figure.measure.replace(/-/g, ' ')}: ${figure.subject || 'no subject'}`;
    }
    case 'categories':
      return timeline.categories[index]?.label || 'Unnamed category';
    case 'corrections':
      return timeline.corrections[index]?.id ?? '';
  }
}

export function StudioApp() {
  const today = formatToday(new Date());
  const [restored] = useState(() => loadSession(window.localStorage));
  const [history, setHistory] = useState<DraftHistory>(() => createHistory(restored?.draft ?? createStartDraft(today)));
  const [baseline, setBaseline] = useState<TimelineFile | undefined>(restored?.baseline);
  const [savedText, setSavedText] = useState<string | undefined>(
    () => restored?.savedText ?? formatTimelineFile(toTimelineFile(history.present)),
  );
  const [fileName, setFileName] = useState(restored?.fileName ?? 'timeline.json');
  const [handle, setHandle] = useState<WritableFileHandle | undefined>(undefined);
  const [target, setTarget] = useState<EditorTarget>({ collection: 'events', index: 0 });
  // A field to focus once the form that holds it has rendered (after going to a problem, after adding a record).
  const focusRequestRef = useRef<string | undefined>(undefined);
  const [focusTick, setFocusTick] = useState(0);
  const setPendingFocus = useCallback((path: string) => {
    focusRequestRef.current = path;
    setFocusTick((tick) => tick + 1);
  }, []);
  const [notice, setNotice] = useState<Notice | undefined>(
    restored === undefined ? undefined : { tone: 'info', text: 'Your draft was restored from this browser.' },
  );
  const [announcement, setAnnouncement] = useState('');
  const [proposal, setProposal] = useState<FileCorrection | undefined>(undefined);
  const [isImporting, setIsImporting] = useState(false);
  const [isKept, setIsKept] = useState(true);
  const openInputRef = useRef<HTMLInputElement>(null);
  const headingId = useId();

  const draft = history.present;
  const dispatch = useCallback((action: DraftHistoryAction) => {
    setHistory((h) => draftHistoryReducer(h, action));
  }, []);
  const edit: Edit = useCallback(
    (update, key) => {
      dispatch({ kind: 'edit', update, at: Date.now(), ...(key === undefined ? {} : { key }) });
    },
    [dispatch],
  );

  const check = useMemo(() => checkDraft(draft), [draft]);
  const [lastValid, setLastValid] = useState<LoadedTimeline | undefined>(check.timeline);
  if (check.timeline !== undefined && check.timeline !== lastValid) setLastValid(check.timeline);
  const file = useMemo(() => toTimelineFile(draft), [draft]);
  const fileText = useMemo(() => formatTimelineFile(file), [file]);
  const isDirty = fileText !== savedText;

  const problemsByPath = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const p of check.problems) map.set(p.path, [...(map.get(p.path) ?? []), p.message]);
    return map;
  }, [check.problems]);

  const publishedIds = useMemo(
    () => new Set((baseline?.events ?? []).flatMap((e) => [e.id, ...(e.aliases ?? [])])),
    [baseline],
  );
  const publishedEntityIds = useMemo(() => new Set((baseline?.entities ?? []).map((e) => e.id)), [baseline]);

  // The draft is kept in the browser a moment after each change.
  useEffect(() => {
    const timer = setTimeout(() => {
      const session = {
        version: 1 as const,
        draft,
        fileName,
        ...(baseline === undefined ? {} : { baseline }),
        ...(savedText === undefined ? {} : { savedText }),
      };
      setIsKept(saveSession(window.localStorage, session));
    }, AUTOSAVE_DELAY_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [draft, baseline, savedText, fileName]);

  useEffect(() => {
    if (!isDirty) return undefined;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [isDirty]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'z') {
        event.preventDefault();
        dispatch({ kind: event.shiftKey ? 'redo' : 'undo' });
      } else if (key === 'y' && !event.shiftKey) {
        event.preventDefault();
        dispatch({ kind: 'redo' });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [dispatch]);

  // After going to a problem, focus its field (or the nearest part of the form that holds it).
  useEffect(() => {
    const pendingFocus = focusRequestRef.current;
    if (pendingFocus === undefined) return;
    focusRequestRef.current = undefined;
    for (const path of getFocusCandidates(pendingFocus)) {
      const element = document.getElementById(getFieldId(path));
      if (element !== null) {
        element.focus();
        element.scrollIntoView({ block: 'center' });
        break;
      }
    }
  }, [focusTick]);

  const announce = useCallback((message: string) => {
    setAnnouncement(message);
  }, []);

  const goToProblem = useCallback(
    (problem: TimelineProblem) => {
      setTarget(getTarget(problem.path));
      setPendingFocus(problem.path === '' ? 'meta' : problem.path);
    },
    [setPendingFocus],
  );

  const confirmDiscard = () => !isDirty || window.confirm('The draft has unsaved changes. Replace it anyway?');

  const startDraft = (next: Draft, options: { baseline?: TimelineFile; name: string; handle?: WritableFileHandle }) => {
    dispatch({ kind: 'replace', draft: next });
    setBaseline(options.baseline);
    setSavedText(options.baseline === undefined ? undefined : formatTimelineFile(toTimelineFile(next)));
    setFileName(options.name);
    setHandle(options.handle);
    setTarget({ collection: 'events', index: 0 });
  };

  const openTimeline = (text: string, name: string, fileHandle?: WritableFileHandle) => {
    const opened = openTimelineText(text);
    if (!opened.ok) {
      setNotice({
        tone: 'error',
        text: `“${name}” was not opened: it is not a timeline the studio can read.`,
        details: opened.problems,
      });
      return;
    }
    startDraft(fromTimelineFile(opened.file, draft.documents), {
      baseline: opened.file,
      name,
      ...(fileHandle === undefined ? {} : { handle: fileHandle }),
    });
    setNotice({
      tone: opened.problems.length === 0 ? 'info' : 'error',
      text: [
        `Opened “${name}”: ${opened.file.events.length} events.`,
        opened.migrated
          ? 'It was written before timelines named their documents: its report is now the document “report”, and saving writes it that way.'
          : '',
        opened.problems.length === 0 ? '' : 'It has problems to fix before it can be saved.',
      ]
        .filter(Boolean)
        .join(' '),
    });
  };

  const readFile = async (chosen: File): Promise<string | undefined> => {
    if (!isWithinSizeLimit(chosen.size)) {
      setNotice({ tone: 'error', text: `“${chosen.name}” was not opened: ${describeOversize(chosen.size)}.` });
      return undefined;
    }
    return chosen.text();
  };

  const onOpenClick = async () => {
    if (!confirmDiscard()) return;
    if (hasFileSystemAccess()) {
      const picked = await pickTimelineFile();
      if (picked === undefined) return;
      const text = await readFile(picked.file);
      if (text !== undefined) openTimeline(text, picked.file.name, picked.handle);
      return;
    }
    openInputRef.current?.click();
  };

  const onNew = () => {
    if (!confirmDiscard()) return;
    const first = draft.documents[0] ?? UNTITLED_REPORT;
    const next = createEmptyDraft(first, today);
    startDraft({ ...next, documents: draft.documents }, { name: 'timeline.json' });
    setNotice({ tone: 'info', text: 'A new timeline: fill in “About”, then add events and cite the report.' });
  };

  const onImport = async (chosen: File, zone: string) => {
    setIsImporting(false);
    if (!confirmDiscard()) return;
    const text = await readFile(chosen);
    if (text === undefined) return;
    const result = importText(chosen.name, text, zone);
    if (!result.ok) {
      setNotice({ tone: 'error', text: `“${chosen.name}” was not imported: ${result.message}.` });
      return;
    }
    const first = draft.documents[0] ?? UNTITLED_REPORT;
    const next = createImportedDraft(result.imported, first, draft.documents, zone, today);
    startDraft(next, { name: chosen.name.replace(/\.[^.]*$/, '.json') });
    setNotice({
      tone: 'info',
      text: `Imported ${result.imported.events.length} events from “${chosen.name}”. Each is flagged to review: check its time and cite its claims.`,
      ...(result.imported.warnings.length === 0 ? {} : { details: result.imported.warnings }),
    });
  };

  const write = async (next: Draft) => {
    const nextFile = toTimelineFile(next);
    const text = formatTimelineFile(nextFile);
    const outcome = await saveTimeline(text, fileName, handle);
    if (!outcome.ok) {
      setNotice({ tone: 'error', text: `Not saved: ${outcome.message}` });
      return;
    }
    setSavedText(text);
    setBaseline(nextFile);
    const how = { server: 'Saved to', file: 'Saved to', download: 'Downloaded' }[outcome.how];
    setNotice({ tone: 'info', text: `${how} ${outcome.name}.` });
  };

  const onSave = () => {
    if (check.problems.length > 0) {
      setNotice({
        tone: 'error',
        text: `Not saved: fix the ${check.problems.length === 1 ? 'problem' : `${check.problems.length} problems`} under Checks first. An invalid timeline is never written.`,
      });
      return;
    }
    const changed = baseline === undefined ? [] : findChangedRecords(baseline, file);
    if (changed.length > 0) {
      setProposal(proposeCorrection(file, changed, today));
      return;
    }
    void write(draft);
  };

  const acceptCorrection = (correction: FileCorrection) => {
    setProposal(undefined);
    const withEntry = addCorrection(draft, correction).draft;
    const next = updateMeta(withEntry, (m) => ({
      ...m,
      updated: m.updated > correction.date ? m.updated : correction.date,
    }));
    dispatch({ kind: 'edit', update: () => next, at: Date.now() });
    const checked = checkDraft(next);
    if (checked.problems.length > 0) {
      setNotice({
        tone: 'error',
        text: 'The corrections entry was added, but the timeline has problems: fix them, then save.',
      });
      return;
    }
    void write(next);
  };

  const onCite = useCallback(
    (source: DraftSource) => {
      if (target.collection !== 'events' && target.collection !== 'entities' && target.collection !== 'figures') return;
      const { collection, index } = target;
      edit((d) => addCitation(d, collection, index, source));
    },
    [edit, target],
  );

  const citeTarget = ((): string | undefined => {
    if (target.collection !== 'events' && target.collection !== 'entities' && target.collection !== 'figures') {
      return undefined;
    }
    if (draft.timeline[target.collection][target.index] === undefined) return undefined;
    const kind = { events: 'the event', entities: 'the entity', figures: 'the figure' }[target.collection];
    return `${kind} “${getRecordLabel(draft, target.collection, target.index)}”`;
  })();

  const addRecord = (collection: RecordCollection) => {
    const added =
      collection === 'events'
        ? addEvent(
            draft,
            'New event',
            target.collection === 'events' && draft.timeline.events.length > 0 ? target.index : undefined,
          )
        : collection === 'entities'
          ? addEntity(draft, 'New entity')
          : collection === 'figures'
            ? addFigure(draft, 'New figure')
            : collection === 'categories'
              ? addCategory(draft, 'New category')
              : addCorrection(draft, { id: `correction-${today}`, date: today, records: [], what: '', why: '' });
    edit(() => added.draft);
    setTarget({ collection, index: added.index });
    const first = { events: 'title', entities: 'name', figures: 'subject', categories: 'label', corrections: 'what' }[
      collection
    ];
    setPendingFocus(`${collection}[${added.index}].${first}`);
  };

  const recordProblemCount = (collection: RecordCollection, index: number) =>
    check.problems.filter((p) => p.path.startsWith(`${collection}[${index}]`)).length;

  const renderEditor = () => {
    switch (target.collection) {
      case 'meta':
        return <MetaForm draft={draft} edit={edit} />;
      case 'documents':
        return <DocumentsForm draft={draft} edit={edit} />;
      default: {
        const { collection, index } = target;
        const list = draft.timeline[collection];
        const afterRemove = () => {
          setTarget({ collection, index: Math.max(0, index - 1) });
        };
        const form =
          list[index] === undefined ? null : collection === 'events' ? (
            <EventForm
              draft={draft}
              edit={edit}
              index={index}
              publishedIds={publishedIds}
              onRemoved={afterRemove}
              onMoved={(to) => {
                setTarget({ collection, index: to });
              }}
            />
          ) : collection === 'entities' ? (
            <EntityForm
              draft={draft}
              edit={edit}
              index={index}
              publishedIds={publishedEntityIds}
              onRemoved={afterRemove}
            />
          ) : collection === 'figures' ? (
            <FigureForm draft={draft} edit={edit} index={index} onRemoved={afterRemove} />
          ) : collection === 'categories' ? (
            <CategoryForm draft={draft} edit={edit} index={index} onRemoved={afterRemove} />
          ) : (
            <CorrectionForm draft={draft} edit={edit} index={index} onRemoved={afterRemove} />
          );
        const addLabel = {
          events: 'Add an event',
          entities: 'Add an entity',
          figures: 'Add a figure',
          categories: 'Add a category',
          corrections: 'Add a correction',
        }[collection];
        return (
          <>
            <div className="studio-record-list">
              <button
                type="button"
                id={getFieldId(collection)}
                className="studio-add"
                onClick={() => {
                  addRecord(collection);
                }}
              >
                {addLabel}
              </button>
              {list.length === 0 ? (
                <p className="studio-empty">None yet.</p>
              ) : (
                <ol aria-label={`${collection.charAt(0).toUpperCase()}${collection.slice(1)}`}>
                  {list.map((record, i) => {
                    const count = recordProblemCount(collection, i);
                    const review = collection === 'events' && draft.review[record.id] !== undefined;
                    return (
                      <li key={`${record.id}-${i}`}>
                        <button
                          type="button"
                          aria-current={i === index ? 'true' : undefined}
                          onClick={() => {
                            setTarget({ collection, index: i });
                          }}
                        >
                          <span className="studio-record-name">{getRecordLabel(draft, collection, i)}</span>
                          {review && <span className="studio-badge">to review</span>}
                          {count > 0 && (
                            <span className="studio-badge is-problem">
                              {count} {count === 1 ? 'problem' : 'problems'}
                            </span>
                          )}
                        </button>
                      </li>
                    );
                  })}
                </ol>
              )}
            </div>
            {form}
          </>
        );
      }
    }
  };

  const recordLabels = useMemo(() => {
    const labels = new Map<string, string>();
    for (const e of draft.timeline.events) {
      labels.set(e.id, `Event “${e.title}”`);
      for (const alias of e.aliases ?? []) labels.set(alias, `Event “${e.title}” (old id ${alias})`);
    }
    for (const e of draft.timeline.entities) labels.set(e.id, `Entity “${e.name}”`);
    for (const f of draft.timeline.figures) labels.set(f.id, `Figure ${f.id}`);
    return labels;
  }, [draft]);

  const problemCount = check.problems.length;
  const status = problemCount === 0 ? 'No problems' : `${problemCount} ${problemCount === 1 ? 'problem' : 'problems'}`;

  return (
    <ProblemsContext value={problemsByPath}>
      <div className="studio">
        <header className="studio-header">
          <div className="studio-title">
            <h1>Timeline studio</h1>
            <p className="studio-file">
              {fileName} · {isDirty ? 'unsaved changes' : 'saved'}
              {isKept ? ' · draft kept in this browser' : ' · this browser would not keep the draft: save often'}
            </p>
          </div>
          <nav className="studio-toolbar" aria-label="Studio">
            <div className="studio-toolbar-group" role="group" aria-label="Timeline file">
              {hasSaveServer() && (
                <button
                  type="button"
                  onClick={() => {
                    if (!confirmDiscard()) return;
                    void readServerTimeline().then((result) => {
                      if (result.ok) openTimeline(result.text, result.name);
                      else setNotice({ tone: 'error', text: `Not opened: ${result.message}` });
                    });
                  }}
                >
                  Open the project’s timeline
                </button>
              )}
              <button type="button" onClick={() => void onOpenClick()}>
                Open a timeline…
              </button>
              <input
                ref={openInputRef}
                type="file"
                accept=".json,application/json"
                className="visually-hidden"
                aria-label="Timeline file to open"
                tabIndex={-1}
                onChange={(e) => {
                  const chosen = e.target.files?.[0];
                  e.target.value = '';
                  if (chosen === undefined) return;
                  void readFile(chosen).then((text) => {
                    if (text !== undefined) openTimeline(text, chosen.name);
                  });
                }}
              />
              <button type="button" onClick={onNew}>
                New timeline
              </button>
              <button
                type="button"
                onClick={() => {
                  setIsImporting(true);
                }}
              >
                Import…
              </button>
            </div>
            <div className="studio-toolbar-group" role="group" aria-label="History">
              <button
                type="button"
                disabled={history.past.length === 0}
                aria-keyshortcuts="Control+Z Meta+Z"
                onClick={() => {
                  dispatch({ kind: 'undo' });
                }}
              >
                Undo
              </button>
              <button
                type="button"
                disabled={history.future.length === 0}
                aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
                onClick={() => {
                  dispatch({ kind: 'redo' });
                }}
              >
                Redo
              </button>
            </div>
            <div className="studio-toolbar-group" role="group" aria-label="Save and export">
              <button type="button" className="studio-primary" onClick={onSave}>
                {hasSaveServer()
                  ? 'Save to the project'
                  : handle === undefined
                    ? 'Save (download)'
                    : `Save to ${handle.name}`}
              </button>
              <button
                type="button"
                disabled={lastValid === undefined}
                onClick={() => {
                  if (lastValid !== undefined) {
                    downloadText(exportTimelineJsText(lastValid), 'timelinejs.json', 'application/json');
                  }
                }}
              >
                Export TimelineJS
              </button>
            </div>
          </nav>
        </header>
        {notice !== undefined && (
          <div className={`studio-notice is-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
            <p>{notice.text}</p>
            {notice.details !== undefined && notice.details.length > 0 && (
              <ul>
                {notice.details.slice(0, 20).map((detail) => (
                  <li key={detail}>{detail}</li>
                ))}
              </ul>
            )}
            <button
              type="button"
              onClick={() => {
                setNotice(undefined);
              }}
            >
              Dismiss
            </button>
          </div>
        )}
        <p className="visually-hidden" role="status" aria-live="polite">
          {announcement}
        </p>
        <div className="studio-columns">
          <section className="studio-column studio-column-sources" aria-labelledby={`${headingId}-sources`}>
            <h2 id={`${headingId}-sources`}>Sources</h2>
            <SourcesPane
              draft={draft}
              edit={edit}
              citeTarget={citeTarget}
              speakerOptions={getSpeakerOptions(draft)}
              onCite={onCite}
              announce={announce}
            />
          </section>
          <section className="studio-column studio-column-editor" aria-labelledby={`${headingId}-editor`}>
            <h2 id={`${headingId}-editor`}>Edit</h2>
            <div className="studio-tabs" role="group" aria-label="What to edit">
              {TABS.map((tab) => {
                const count =
                  tab.collection === 'meta' || tab.collection === 'documents'
                    ? undefined
                    : draft.timeline[tab.collection].length;
                return (
                  <button
                    key={tab.collection}
                    type="button"
                    aria-pressed={target.collection === tab.collection}
                    onClick={() => {
                      setTarget(
                        tab.collection === 'meta' || tab.collection === 'documents'
                          ? { collection: tab.collection }
                          : { collection: tab.collection, index: 0 },
                      );
                    }}
                  >
                    {tab.label}
                    {count === undefined ? '' : ` (${count})`}
                  </button>
                );
              })}
            </div>
            {renderEditor()}
          </section>
          <section className="studio-column studio-column-check" aria-labelledby={`${headingId}-check`}>
            <h2 id={`${headingId}-check`}>
              Checks <span className="studio-muted">({status})</span>
            </h2>
            <p className="visually-hidden" role="status">
              {status}
            </p>
            <ProblemsPanel problems={check.problems} onGo={goToProblem} />
            <h2>Preview</h2>
            {check.timeline === undefined && lastValid !== undefined && (
              <p className="studio-field-hint">Showing the last version without problems.</p>
            )}
            <PreviewFrame timeline={lastValid} />
          </section>
        </div>
        {proposal !== undefined && (
          <CorrectionDialog
            proposal={proposal}
            recordLabels={recordLabels}
            onAccept={acceptCorrection}
            onSkip={() => {
              setProposal(undefined);
              void write(draft);
            }}
            onCancel={() => {
              setProposal(undefined);
            }}
          />
        )}
        {isImporting && (
          <ImportDialog
            zone={draft.timeline.meta.zone}
            replacing={draft.timeline.events.length}
            onImport={(chosen, zone) => void onImport(chosen, zone)}
            onClose={() => {
              setIsImporting(false);
            }}
          />
        )}
      </div>
    </ProblemsContext>
  );
}
