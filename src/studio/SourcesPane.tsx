/**
 * The source documents, numbered paragraph by paragraph, and the one way to cite them: select words (with the
 * mouse, or with the keyboard in a focused paragraph), then Cite. The excerpt is the selected text itself, so it
 * is verbatim by construction; the length limit is checked as the selection changes.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { MAX_EXCERPT_WORDS } from '../data/schema.ts';
import { addDocument, setFurniture, updateDocument } from './draftEdits.ts';
import type { Edit } from './editorTypes.ts';
import type { Option } from './fields.tsx';
import { countWords, findSentences, findWords, splitParagraphs } from './splitParagraphs.ts';
import { describeReportTimeline, UNTITLED_REPORT } from './studioModel.ts';
import type { Draft, DraftSource } from './studioModel.ts';

/** The longest excerpt the schema allows, in characters. */
const MAX_EXCERPT_CHARACTERS = 300;

/** A passage of one paragraph: [start, end) offsets into its text. */
interface Passage {
  document: string;
  paragraph: number;
  start: number;
  end: number;
}

type SelectionRead =
  { kind: 'passage'; passage: Passage } | { kind: 'across' } | { kind: 'none' } | { kind: 'elsewhere' };

/** What the page's selection holds, as far as the documents go. */
function readSelection(pane: HTMLElement): SelectionRead {
  const selection = window.getSelection();
  if (selection === null || selection.rangeCount === 0) return { kind: 'none' };
  const range = selection.getRangeAt(0);
  if (!pane.contains(range.commonAncestorContainer)) return { kind: 'elsewhere' };
  if (range.collapsed) return { kind: 'none' };
  const hits: Passage[] = [];
  for (const span of pane.querySelectorAll<HTMLElement>('[data-paragraph-text]')) {
    const node = span.firstChild;
    if (node === null || node.nodeType !== Node.TEXT_NODE || !range.intersectsNode(node)) continue;
    const text = node.textContent ?? '';
    let start = range.startContainer === node ? range.startOffset : 0;
    let end = range.endContainer === node ? range.endOffset : text.length;
    while (start < end && /\s/.test(text.charAt(start))) start += 1;
    while (end > start && /\s/.test(text.charAt(end - 1))) end -= 1;
    if (end > start) {
      hits.push({ document: span.dataset.document ?? '', paragraph: Number(span.dataset.paragraph), start, end });
    }
  }
  if (hits.length > 1) return { kind: 'across' };
  const [passage] = hits;
  return passage === undefined ? { kind: 'none' } : { kind: 'passage', passage };
}

/** Puts the page's selection on a passage, so mouse and keyboard selections are one and the same. */
function selectPassage(pane: HTMLElement, passage: Passage): void {
  const span = pane.querySelector<HTMLElement>(
    `[data-paragraph-text][data-document="${CSS.escape(passage.document)}"][data-paragraph="${passage.paragraph}"]`,
  );
  const node = span?.firstChild;
  if (node === null || node === undefined) return;
  window.getSelection()?.setBaseAndExtent(node, passage.start, node, passage.end);
}

interface SourcesPaneProps {
  draft: Draft;
  edit: Edit;
  /** What a citation would be attached to, in words ("the event “Gunmen enter”"), or undefined when nothing can be. */
  citeTarget: string | undefined;
  speakerOptions: readonly Option[];
  onCite: (source: DraftSource) => void;
  /** Says something to screen readers. */
  announce: (message: string) => void;
}

export function SourcesPane({ draft, edit, citeTarget, speakerOptions, onCite, announce }: SourcesPaneProps) {
  const paneRef = useRef<HTMLDivElement>(null);
  const [read, setRead] = useState<SelectionRead>({ kind: 'none' });
  const [activeDocument, setActiveDocument] = useState(0);
  const [sideBySide, setSideBySide] = useState(false);
  const [focusRow, setFocusRow] = useState<Record<string, number>>({});
  const [saidBy, setSaidBy] = useState('');
  const [hedged, setHedged] = useState(false);
  const [pasting, setPasting] = useState(false);
  const [pasteTitle, setPasteTitle] = useState('');
  const [pasteText, setPasteText] = useState('');
  const [pasteMode, setPasteMode] = useState<'lines' | 'blank-lines'>('lines');
  const [openProblem, setOpenProblem] = useState<string | undefined>(undefined);
  /** What the last Cite did, shown until words are selected again. */
  const [lastCited, setLastCited] = useState<string | undefined>(undefined);
  const fileInputId = useId();
  const keysHelpId = useId();
  const citeReasonId = useId();

  useEffect(() => {
    const onChange = () => {
      const pane = paneRef.current;
      if (pane === null) return;
      const next = readSelection(pane);
      // A selection elsewhere (a form field, the Cite button) leaves the passage chosen here as it was.
      if (next.kind !== 'elsewhere') setRead(next);
      if (next.kind === 'passage') setLastCited(undefined);
    };
    document.addEventListener('selectionchange', onChange);
    return () => {
      document.removeEventListener('selectionchange', onChange);
    };
  }, []);

  const documents = draft.documents;
  const passage = read.kind === 'passage' ? read.passage : undefined;
  const passageDocument = documents.find((d) => d.id === passage?.document);
  const passageText =
    passage === undefined
      ? ''
      : (passageDocument?.paragraphs?.[passage.paragraph - 1] ?? '').slice(passage.start, passage.end);
  const words = countWords(passageText);

  const reason = ((): string | undefined => {
    if (citeTarget === undefined) return 'Choose an event, entity or figure in the editor to cite into.';
    if (read.kind === 'across') return 'The selection runs over more than one paragraph: select within one.';
    if (passage === undefined || passageText === '') {
      return 'Select words in one paragraph, or focus a paragraph and press S to select a sentence.';
    }
    if (passageDocument?.furniture.includes(passage.paragraph) === true) {
      return `Paragraph ${passage.paragraph} is page furniture: nothing may cite it.`;
    }
    if (words > MAX_EXCERPT_WORDS) {
      return `${words} words selected: a citation quotes at most ${MAX_EXCERPT_WORDS}. Select fewer.`;
    }
    if (passageText.length > MAX_EXCERPT_CHARACTERS) {
      return `${passageText.length} characters selected: a citation quotes at most ${MAX_EXCERPT_CHARACTERS}.`;
    }
    return undefined;
  })();

  const cite = useCallback(() => {
    if (reason !== undefined || passage === undefined) {
      if (reason !== undefined) announce(reason);
      return;
    }
    onCite({
      document: passage.document,
      paragraph: passage.paragraph,
      excerpt: passageText,
      ...(saidBy === '' ? {} : { saidBy }),
      ...(hedged ? { hedged } : {}),
    });
    // Said to screen readers, and shown where the selection was: the citation itself lands lower in the form.
    const cited = `Cited paragraph ${passage.paragraph}: “${passageText}”, into ${citeTarget ?? ''}.`;
    announce(cited);
    setLastCited(cited);
    window.getSelection()?.removeAllRanges();
    setRead({ kind: 'none' });
    setHedged(false);
  }, [reason, passage, passageText, saidBy, hedged, onCite, announce, citeTarget]);

  const openText = (text: string, title: string, mode: 'lines' | 'blank-lines') => {
    const split = splitParagraphs(text, mode);
    if (!split.ok) {
      setOpenProblem(`“${title}” was not opened: ${split.message}.`);
      return;
    }
    setOpenProblem(undefined);
    const { paragraphs } = split;
    const first = documents[0];
    // A timeline opened alone knows its report only by its paragraph count: its text fills that document.
    if (first !== undefined && first.paragraphs === undefined) {
      if (first.paragraphCount !== paragraphs.length) {
        setOpenProblem(
          `“${title}” has ${paragraphs.length} paragraphs, but the timeline’s report has ${first.paragraphCount}: it was opened as the report, so check every citation.`,
        );
      }
      edit((d) =>
        updateDocument(d, 0, (doc) => ({
          ...doc,
          title: doc.title === 'The report' ? title : doc.title,
          paragraphs,
          paragraphCount: paragraphs.length,
        })),
      );
      setActiveDocument(0);
      announce(`Opened “${title}”, ${paragraphs.length} paragraphs.`);
      return;
    }
    const added = addDocument(draft, { title, paragraphs, paragraphCount: paragraphs.length, furniture: [] });
    edit((d) => {
      const next = addDocument(d, { title, paragraphs, paragraphCount: paragraphs.length, furniture: [] }).draft;
      // The first report opened into a new timeline: its one line names that report, unless the author wrote it.
      const { meta } = next.timeline;
      return d.documents.length === 0 && meta.description === describeReportTimeline(UNTITLED_REPORT.title)
        ? { ...next, timeline: { ...next.timeline, meta: { ...meta, description: describeReportTimeline(title) } } }
        : next;
    });
    setActiveDocument(added.index);
    announce(`Opened “${title}”, ${paragraphs.length} paragraphs.`);
  };

  const onParagraphKey = (event: KeyboardEvent<HTMLLIElement>, documentIndex: number, paragraph: number) => {
    if (event.target !== event.currentTarget) return;
    const document = documents[documentIndex];
    const text = document?.paragraphs?.[paragraph - 1];
    const pane = paneRef.current;
    if (document === undefined || text === undefined || pane === null) return;
    const current = passage?.document === document.id && passage.paragraph === paragraph ? passage : undefined;
    const moveTo = (row: number) => {
      const count = document.paragraphs?.length ?? 0;
      const next = Math.min(Math.max(row, 1), count);
      setFocusRow((rows) => ({ ...rows, [document.id]: next }));
      pane.querySelector<HTMLElement>(`[data-row="${CSS.escape(document.id)}-${next}"]`)?.focus();
    };
    const choose = (start: number, end: number) => {
      const chosen = { document: document.id, paragraph, start, end };
      selectPassage(pane, chosen);
      // Read at once, not on the browser's selectionchange (a later task): a key pressed straight after, such as
      // Shift + → to extend the word or Enter to cite it, must find this passage.
      setRead({ kind: 'passage', passage: chosen });
      setLastCited(undefined);
      const excerpt = text.slice(start, end);
      announce(`Selected ${countWords(excerpt)} words: “${excerpt}”`);
    };
    const key = event.key.toLowerCase();
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      moveTo(paragraph + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      moveTo(event.key === 'Home' ? 1 : (document.paragraphs?.length ?? 1));
    } else if (key === 's' && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      const sentences = findSentences(text);
      const next = sentences.find(([start]) => current === undefined || start >= current.end) ?? sentences[0];
      if (next !== undefined) choose(next[0], next[1]);
    } else if (key === 'w' && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      const wordsHere = findWords(text);
      const next = wordsHere.find(([start]) => current === undefined || start >= current.end) ?? wordsHere[0];
      if (next !== undefined) choose(next[0], next[1]);
    } else if ((event.key === 'ArrowRight' || event.key === 'ArrowLeft') && event.shiftKey) {
      event.preventDefault();
      const wordsHere = findWords(text);
      if (current === undefined) {
        const first = wordsHere[0];
        if (first !== undefined) choose(first[0], first[1]);
        return;
      }
      if (event.key === 'ArrowRight') {
        const next = wordsHere.find(([start]) => start >= current.end);
        if (next !== undefined) choose(current.start, next[1]);
      } else {
        const inside = wordsHere.filter(([start, end]) => start >= current.start && end <= current.end);
        const last = inside.at(-2);
        if (last !== undefined) choose(current.start, last[1]);
      }
    } else if ((event.key === 'Enter' || key === 'c') && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      cite();
    } else if (event.key === 'Escape') {
      window.getSelection()?.removeAllRanges();
      setRead({ kind: 'none' });
    }
  };

  const shown = sideBySide ? documents.map((_, i) => i) : [Math.min(activeDocument, Math.max(documents.length - 1, 0))];

  return (
    <div className={`studio-sources-pane${sideBySide ? ' is-side-by-side' : ''}`} ref={paneRef}>
      <div className="studio-sources-open">
        <label className="studio-file-button" htmlFor={fileInputId}>
          Open a report (text file)…
        </label>
        <input
          id={fileInputId}
          className="visually-hidden"
          type="file"
          accept=".txt,text/plain"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file === undefined) return;
            if (file.size > 4_000_000) {
              setOpenProblem(`“${file.name}” was not opened: it is over 4 MB, too large for a report.`);
              return;
            }
            void file.text().then((text) => {
              openText(text, file.name.replace(/\.[^.]*$/, ''), 'lines');
            });
          }}
        />
        <button
          type="button"
          aria-expanded={pasting}
          onClick={() => {
            setPasting(!pasting);
          }}
        >
          Paste a report…
        </button>
        {documents.length > 1 && (
          <label className="studio-inline-check">
            <input
              type="checkbox"
              checked={sideBySide}
              onChange={(e) => {
                setSideBySide(e.target.checked);
              }}
            />{' '}
            Side by side
          </label>
        )}
      </div>
      {openProblem !== undefined && (
        <p className="studio-alert" role="alert">
          {openProblem}
        </p>
      )}
      {pasting && (
        <form
          className="studio-paste"
          onSubmit={(e) => {
            e.preventDefault();
            openText(pasteText, pasteTitle.trim() || 'Pasted report', pasteMode);
            setPasting(false);
            setPasteText('');
            setPasteTitle('');
          }}
        >
          <label htmlFor={`${fileInputId}-title`}>Title</label>
          <input
            id={`${fileInputId}-title`}
            value={pasteTitle}
            onChange={(e) => {
              setPasteTitle(e.target.value);
            }}
          />
          <label htmlFor={`${fileInputId}-text`}>Text</label>
          <textarea
            id={`${fileInputId}-text`}
            rows={6}
            value={pasteText}
            onChange={(e) => {
              setPasteText(e.target.value);
            }}
          />
          <fieldset>
            <legend>Paragraphs are</legend>
            <label>
              <input
                type="radio"
                name="paste-mode"
                checked={pasteMode === 'lines'}
                onChange={() => {
                  setPasteMode('lines');
                }}
              />{' '}
              one a line
            </label>
            <label>
              <input
                type="radio"
                name="paste-mode"
                checked={pasteMode === 'blank-lines'}
                onChange={() => {
                  setPasteMode('blank-lines');
                }}
              />{' '}
              separated by blank lines
            </label>
          </fieldset>
          <button type="submit" disabled={pasteText.trim() === ''}>
            Open the pasted text
          </button>
        </form>
      )}
      {documents.length === 0 && (
        <div className="studio-welcome">
          <p>
            <strong>Start here.</strong> Open the report you want to build a timeline of: a plain-text file with one
            paragraph a line, or paste its text.
          </p>
        </div>
      )}
      {documents.length > 1 && !sideBySide && (
        <div className="studio-document-tabs" role="group" aria-label="Documents">
          {documents.map((d, i) => (
            <button
              key={d.id}
              type="button"
              aria-pressed={i === activeDocument}
              onClick={() => {
                setActiveDocument(i);
              }}
            >
              {d.title}
            </button>
          ))}
        </div>
      )}
      <p id={keysHelpId} className="studio-field-hint">
        Select words with the mouse, or focus a paragraph: ↑ ↓ move between paragraphs, S selects the next sentence, W
        the next word, Shift+→ and Shift+← add or drop a word, Enter cites.
      </p>
      <div className="studio-documents">
        {shown.map((documentIndex) => {
          const document = documents[documentIndex];
          if (document === undefined) return null;
          const row = focusRow[document.id] ?? 1;
          return (
            <section key={document.id} className="studio-document" aria-labelledby={`doc-${document.id}`}>
              <h3 id={`doc-${document.id}`}>
                {document.title}{' '}
                <span className="studio-muted">
                  ({document.paragraphCount} paragraphs{documentIndex === 0 ? ', the timeline’s report' : ''})
                </span>
              </h3>
              {document.paragraphs === undefined ? (
                <p className="studio-empty">
                  The timeline names this report by its {document.paragraphCount} paragraphs; open its text file to read
                  and cite it.
                </p>
              ) : (
                <ol className="studio-paragraphs" aria-describedby={keysHelpId}>
                  {document.paragraphs.map((text, i) => {
                    const paragraph = i + 1;
                    const isFurniture = document.furniture.includes(paragraph);
                    return (
                      <li
                        key={paragraph}
                        data-row={`${document.id}-${paragraph}`}
                        tabIndex={paragraph === row ? 0 : -1}
                        className={`studio-paragraph${isFurniture ? ' is-furniture' : ''}`}
                        aria-label={`Paragraph ${paragraph}${isFurniture ? ', page furniture' : ''}`}
                        onFocus={(e) => {
                          if (e.target === e.currentTarget)
                            setFocusRow((rows) => ({ ...rows, [document.id]: paragraph }));
                        }}
                        onKeyDown={(e) => {
                          onParagraphKey(e, documentIndex, paragraph);
                        }}
                      >
                        <span className="studio-paragraph-number" aria-hidden="true">
                          {paragraph}
                        </span>
                        <span
                          className="studio-paragraph-text"
                          data-paragraph-text=""
                          data-document={document.id}
                          data-paragraph={paragraph}
                        >
                          {text}
                        </span>
                        <label className="studio-furniture">
                          <input
                            type="checkbox"
                            checked={isFurniture}
                            onChange={(e) => {
                              edit((d) => setFurniture(d, documentIndex, paragraph, e.target.checked));
                            }}
                          />{' '}
                          Furniture
                          <span className="visually-hidden"> (paragraph {paragraph})</span>
                        </label>
                      </li>
                    );
                  })}
                </ol>
              )}
            </section>
          );
        })}
      </div>
      <div className="studio-cite-bar" role="group" aria-label="Cite the selected words">
        <p className="studio-cite-selection">
          {passage !== undefined && passageText !== '' ? (
            <>
              <span className="studio-muted">
                Paragraph {passage.paragraph}, {words} {words === 1 ? 'word' : 'words'}:
              </span>{' '}
              “{passageText}”
            </>
          ) : (
            <span className="studio-muted">{lastCited ?? 'No words selected.'}</span>
          )}
        </p>
        <div className="studio-cite-controls">
          <label>
            Said by{' '}
            <select
              value={saidBy}
              onChange={(e) => {
                setSaidBy(e.target.value);
              }}
            >
              {speakerOptions.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
          <label className="studio-inline-check">
            <input
              type="checkbox"
              checked={hedged}
              onChange={(e) => {
                setHedged(e.target.checked);
              }}
            />{' '}
            Hedged
          </label>
          <button
            type="button"
            className="studio-primary"
            aria-disabled={reason !== undefined}
            aria-describedby={citeReasonId}
            onMouseDown={(e) => {
              // Keep the selection: a click on the button must not clear what it cites.
              e.preventDefault();
            }}
            onClick={cite}
          >
            Cite
          </button>
        </div>
        <p id={citeReasonId} className="studio-cite-reason">
          {reason ?? `Cites into ${citeTarget ?? ''}.`}
        </p>
      </div>
    </div>
  );
}
