import { updateMeta } from './draftEdits.ts';
import type { Edit } from './editorTypes.ts';
import { getFieldId, TextField } from './fields.tsx';
import type { Draft } from './studioModel.ts';

/** Zones offered as suggestions; any IANA zone may be typed. */
const ZONES = [
  'UTC',
  'Asia/Dhaka',
  'Europe/London',
  'Europe/Paris',
  'America/New_York',
  'America/Los_Angeles',
  'Asia/Kolkata',
  'Asia/Tokyo',
  'Australia/Sydney',
  'Africa/Lagos',
];

export function MetaForm({ draft, edit }: { draft: Draft; edit: Edit }) {
  const { meta } = draft.timeline;
  const first = draft.documents[0];
  const setText = (key: 'title' | 'updated' | 'description' | 'zone' | 'contentNote') => (value: string) => {
    edit((d) => updateMeta(d, (m) => ({ ...m, [key]: value })), `meta.${key}`);
  };
  return (
    <div className="studio-form">
      <h3>About the timeline</h3>
      <TextField path="meta.title" label="Title" value={meta.title} maxLength={120} onChange={setText('title')} />
      <TextField
        path="meta.updated"
        label="Last updated"
        type="date"
        hint="The day the facts last changed; the page shows it."
        value={meta.updated}
        onChange={setText('updated')}
      />
      <TextField
        path="meta.description"
        label="One line on the source report"
        value={meta.description}
        multiline
        maxLength={400}
        onChange={setText('description')}
      />
      <TextField
        path="meta.downloadName"
        label="Name of the download files (optional)"
        hint="A lowercase slug: the files are called name-timeline.csv and so on; without it, the first document's id."
        value={meta.downloadName ?? ''}
        onChange={(value) => {
          edit(
            (d) => updateMeta(d, ({ downloadName: _old, ...m }) => (value === '' ? m : { ...m, downloadName: value })),
            'meta.downloadName',
          );
        }}
      />
      <TextField
        path="meta.zone"
        label="Time zone the events happened in"
        hint="An IANA zone such as Asia/Dhaka. Every date and time in the forms is in this zone."
        value={meta.zone}
        list="studio-zones"
        onChange={setText('zone')}
      />
      <datalist id="studio-zones">
        {ZONES.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <TextField
        path="meta.contentNote"
        label="Content note"
        value={meta.contentNote}
        multiline
        maxLength={300}
        onChange={setText('contentNote')}
      />
      <p className="studio-field-hint">
        The report: “{first?.title ?? 'none open'}”, {first?.paragraphCount ?? 0} paragraphs; furniture:{' '}
        {first?.furniture.join(', ') || 'none'} (set in Sources, with every document the timeline cites).
      </p>
      <fieldset className="studio-context" id={getFieldId('meta.otherZones')} tabIndex={-1}>
        <legend>Other zones the report gives times in</legend>
        <p className="studio-field-hint">
          Offered to readers beside the events’ own zone, UTC and their own: London for a report’s “BST”, say.
        </p>
        {(meta.otherZones ?? []).length === 0 && <p className="studio-empty">None.</p>}
        {(meta.otherZones ?? []).map((other, i) => {
          const setOther = (key: 'zone' | 'why') => (value: string) => {
            edit(
              (d) =>
                updateMeta(d, (m) => ({
                  ...m,
                  otherZones: (m.otherZones ?? []).map((o, j) => (j === i ? { ...o, [key]: value } : o)),
                })),
              `meta.otherZones.${i}.${key}`,
            );
          };
          return (
            <div key={i} className="studio-context-note">
              <TextField
                path={`meta.otherZones[${i}].zone`}
                label={`Zone ${i + 1}`}
                value={other.zone}
                list="studio-zones"
                onChange={setOther('zone')}
              />
              <TextField
                path={`meta.otherZones[${i}].why`}
                label="Why readers may want it"
                hint="A few words the zone menu shows after the zone: “the report’s “BST””."
                value={other.why}
                maxLength={60}
                onChange={setOther('why')}
              />
              <button
                type="button"
                onClick={() => {
                  edit((d) =>
                    updateMeta(d, ({ otherZones = [], ...m }) => {
                      const kept = otherZones.filter((_, j) => j !== i);
                      return kept.length === 0 ? m : { ...m, otherZones: kept };
                    }),
                  );
                }}
              >
                Remove zone {i + 1}
              </button>
            </div>
          );
        })}
        <button
          type="button"
          onClick={() => {
            edit((d) =>
              updateMeta(d, (m) => ({ ...m, otherZones: [...(m.otherZones ?? []), { zone: 'UTC', why: '' }] })),
            );
          }}
        >
          Add a zone the report gives times in
        </button>
      </fieldset>
      <fieldset className="studio-context" id={getFieldId('meta.context')} tabIndex={-1}>
        <legend>Facts added from outside the report</legend>
        {meta.context.length === 0 && <p className="studio-empty">None.</p>}
        {meta.context.map((note, i) => (
          <div key={i} className="studio-context-note">
            <TextField
              path={`meta.context[${i}].statement`}
              label={`Fact ${i + 1}`}
              value={note.statement}
              maxLength={200}
              onChange={(statement) => {
                edit(
                  (d) =>
                    updateMeta(d, (m) => ({
                      ...m,
                      context: m.context.map((c, j) => (j === i ? { ...c, statement } : c)),
                    })),
                  `meta.context.${i}.statement`,
                );
              }}
            />
            <TextField
              path={`meta.context[${i}].why`}
              label="Why it is added"
              value={note.why}
              maxLength={300}
              onChange={(why) => {
                edit(
                  (d) =>
                    updateMeta(d, (m) => ({ ...m, context: m.context.map((c, j) => (j === i ? { ...c, why } : c)) })),
                  `meta.context.${i}.why`,
                );
              }}
            />
            <button
              type="button"
              onClick={() => {
                edit((d) => updateMeta(d, (m) => ({ ...m, context: m.context.filter((_, j) => j !== i) })));
              }}
            >
              Remove fact {i + 1}
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() => {
            edit((d) => updateMeta(d, (m) => ({ ...m, context: [...m.context, { statement: '', why: '' }] })));
          }}
        >
          Add a fact from outside the report
        </button>
      </fieldset>
    </div>
  );
}
