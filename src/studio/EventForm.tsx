import { STATUS_LABELS } from '../shared/describeStatus.ts';
import { RelationKindSchema } from '../data/schema.ts';
import { clearReview, moveEvent, removeRecord, renameEvent, updateEvent } from './draftEdits.ts';
import { getEventOptions, getEntityOptions, getSpeakerOptions } from './editorTypes.ts';
import type { FormProps } from './editorTypes.ts';
import { explainStatus } from './explainStatus.ts';
import { getFieldId, IdField, ListPicker, SelectField, TextField } from './fields.tsx';
import { followTitle, proposeId } from './slugify.ts';
import { SourceListEditor } from './SourceListEditor.tsx';
import { getStatusContext } from './studioModel.ts';
import type { DraftEvent } from './studioModel.ts';
import { TimeEditor } from './TimeEditor.tsx';

const RELATION_LABELS: Record<string, string> = {
  describes: 'Describes (a statement about what happened)',
  confirms: 'Confirms',
  contradicts: 'Contradicts',
  'declines-to-confirm': 'Declines to confirm',
};

interface EventFormProps extends FormProps {
  /** Ids published in the opened file: renaming one keeps it as an alias. */
  publishedIds: ReadonlySet<string>;
  onRemoved: () => void;
  onMoved: (index: number) => void;
}

export function EventForm({ draft, edit, index, publishedIds, onRemoved, onMoved }: EventFormProps) {
  const event = draft.timeline.events[index];
  if (event === undefined) return null;
  const base = `events[${index}]`;
  const zone = draft.timeline.meta.zone;
  const set = (patch: (e: DraftEvent) => DraftEvent, field: string) => {
    edit((d) => updateEvent(d, index, patch), `${base}.${field}`);
  };
  const taken = new Set(draft.timeline.events.filter((_, i) => i !== index).map((e) => e.id));
  const proposed = proposeId(event.title, taken, 'event');
  const status = explainStatus(event, getStatusContext(draft.timeline));
  const review = draft.review[event.id];
  const neighbour = draft.timeline.events
    .slice(0, index)
    .reverse()
    .map((e) => ('at' in e.time ? e.time.at : 'earliest' in e.time ? e.time.earliest : undefined))
    .find((at) => at !== undefined);
  const titleOf = (id: string) => draft.timeline.events.find((e) => e.id === id)?.title ?? id;
  const wasPublished = publishedIds.has(event.id);
  return (
    <div className="studio-form">
      <h3>
        Event {index + 1} of {draft.timeline.events.length}
      </h3>
      {review !== undefined && (
        <div className="studio-review" role="note">
          {review.origin === 'new' ? (
            <p>
              <strong>To review.</strong> A new event starts with a placeholder time: set when it happened as the report
              gives it, or only what it follows and precedes.
            </p>
          ) : (
            <p>
              <strong>To review.</strong> This event was imported:{' '}
              {review.reasons.includes('time') && 'check its time against the report'}
              {review.reasons.length === 2 && '; '}
              {review.reasons.includes('claims') && 'nothing in it is cited yet'}.
            </p>
          )}
          {review.notes.length > 0 && (
            <ul>
              {review.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          )}
          {review.reasons.includes('time') && (
            <button
              type="button"
              onClick={() => {
                edit((d) => clearReview(d, event.id, 'time'));
              }}
            >
              {review.origin === 'new' ? 'I have set the time' : 'I have checked the time'}
            </button>
          )}
        </div>
      )}
      <TextField
        path={`${base}.title`}
        label="Title"
        value={event.title}
        maxLength={90}
        hint="A short title in your words."
        onChange={(title) => {
          edit((d) => {
            const next = updateEvent(d, index, (e) => ({ ...e, title }));
            const id = followTitle(event.id, event.title, title, { taken, published: publishedIds, fallback: 'event' });
            return id === undefined ? next : renameEvent(next, index, id, publishedIds);
          }, `${base}.title`);
        }}
      />
      <IdField
        path={`${base}.id`}
        label="Id (in links)"
        value={event.id}
        proposed={proposed}
        hint={
          wasPublished
            ? 'This id is published: renaming keeps the old one as an alias, so old links still open this event.'
            : 'A lowercase slug; it never changes once published.'
        }
        onRename={(id) => {
          edit((d) => renameEvent(d, index, id, publishedIds));
        }}
      />
      {(event.aliases ?? []).length > 0 && (
        <p className="studio-field-hint" id={getFieldId(`${base}.aliases`)} tabIndex={-1}>
          Old ids kept for links: {(event.aliases ?? []).join(', ')}
        </p>
      )}
      <TextField
        path={`${base}.summary`}
        label="Summary"
        value={event.summary}
        multiline
        maxLength={480}
        hint="One to three sentences in your words."
        onChange={(summary) => {
          set((e) => ({ ...e, summary }), 'summary');
        }}
      />
      <SelectField
        path={`${base}.category`}
        label="Category (the chart’s lane)"
        value={event.category}
        options={draft.timeline.categories.map((c) => ({ value: c.id, label: c.label || c.id }))}
        onChange={(category) => {
          set((e) => ({ ...e, category }), 'category');
        }}
      />
      <TimeEditor
        path={`${base}.time`}
        time={event.time}
        zone={zone}
        eventOptions={getEventOptions(draft, event.id)}
        getTitle={titleOf}
        fallbackInstant={neighbour ?? `${draft.timeline.meta.updated}T12:00:00Z`}
        onChange={(time) => {
          edit(
            (d) =>
              clearReview(
                updateEvent(d, index, (e) => ({ ...e, time })),
                event.id,
                'time',
              ),
            `${base}.time`,
          );
        }}
      />
      <SelectField
        path={`${base}.place`}
        label="Where it happened"
        value={event.place ?? ''}
        options={[{ value: '', label: 'Not given' }, ...getEntityOptions(draft, 'place')]}
        onChange={(place) => {
          set(({ place: _old, ...e }) => (place === '' ? e : { ...e, place }), 'place');
        }}
      />
      <ListPicker
        path={`${base}.entities`}
        label="Who and what is involved"
        values={event.entities}
        options={getEntityOptions(draft)}
        onChange={(entities) => {
          set((e) => ({ ...e, entities }), 'entities');
        }}
      />
      <fieldset className="studio-relations" id={getFieldId(`${base}.relations`)} tabIndex={-1}>
        <legend>How it bears on other events</legend>
        {(event.relations ?? []).length === 0 && <p className="studio-empty">No relations.</p>}
        {(event.relations ?? []).map((relation, j) => (
          <div key={j} className="studio-relation">
            <SelectField
              path={`${base}.relations[${j}].kind`}
              label={`Relation ${j + 1}`}
              value={relation.kind}
              options={RelationKindSchema.options.map((k) => ({ value: k, label: RELATION_LABELS[k] ?? k }))}
              onChange={(kind) => {
                set(
                  (e) => ({
                    ...e,
                    relations: (e.relations ?? []).map((r, k) => (k === j ? { ...r, kind: kind as typeof r.kind } : r)),
                  }),
                  `relations.${j}.kind`,
                );
              }}
            />
            <SelectField
              path={`${base}.relations[${j}].event`}
              label="Event"
              value={relation.event}
              options={getEventOptions(draft, event.id)}
              onChange={(target) => {
                set(
                  (e) => ({
                    ...e,
                    relations: (e.relations ?? []).map((r, k) => (k === j ? { ...r, event: target } : r)),
                  }),
                  `relations.${j}.event`,
                );
              }}
            />
            <button
              type="button"
              onClick={() => {
                set(({ relations, ...e }) => {
                  const kept = (relations ?? []).filter((_, k) => k !== j);
                  return kept.length === 0 ? e : { ...e, relations: kept };
                }, 'relations');
              }}
            >
              Remove relation {j + 1}
            </button>
          </div>
        ))}
        <button
          type="button"
          disabled={draft.timeline.events.length < 2}
          onClick={() => {
            const other = draft.timeline.events.find((e) => e.id !== event.id);
            if (other === undefined) return;
            set(
              (e) => ({ ...e, relations: [...(e.relations ?? []), { kind: 'describes', event: other.id }] }),
              'relations',
            );
          }}
        >
          Add a relation
        </button>
      </fieldset>
      <section
        className="studio-status"
        aria-labelledby="studio-status-heading"
        id={getFieldId(`${base}.status`)}
        tabIndex={-1}
      >
        <h4 id="studio-status-heading">Status (derived)</h4>
        {status === undefined ? (
          <p>Cite the report to give this event a status.</p>
        ) : (
          <p>
            <strong>{status.label}</strong>. {status.rule}
          </p>
        )}
        {status !== undefined && status.status !== event.status && publishedIds.has(event.id) && (
          <p className="studio-field-hint">Published as “{STATUS_LABELS[event.status]}”; saving changes it.</p>
        )}
      </section>
      <SourceListEditor
        path={base}
        sources={event.sources}
        documents={draft.documents}
        speakerOptions={getSpeakerOptions(draft)}
        onChange={(sources) => {
          set((e) => ({ ...e, sources }), 'sources');
        }}
      />
      <div className="studio-form-actions">
        <button
          type="button"
          disabled={index === 0}
          onClick={() => {
            edit((d) => moveEvent(d, index, -1));
            onMoved(index - 1);
          }}
        >
          Move earlier
        </button>
        <button
          type="button"
          disabled={index === draft.timeline.events.length - 1}
          onClick={() => {
            edit((d) => moveEvent(d, index, 1));
            onMoved(index + 1);
          }}
        >
          Move later
        </button>
        <button
          type="button"
          className="studio-danger"
          onClick={() => {
            edit((d) => removeRecord(d, 'events', index));
            onRemoved();
          }}
        >
          Delete this event
        </button>
      </div>
    </div>
  );
}
