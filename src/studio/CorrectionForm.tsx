import { removeRecord, updateCorrection } from './draftEdits.ts';
import type { FormProps } from './editorTypes.ts';
import { ListPicker, TextField } from './fields.tsx';

export function CorrectionForm({ draft, edit, index, onRemoved }: FormProps & { onRemoved: () => void }) {
  const correction = draft.timeline.corrections[index];
  if (correction === undefined) return null;
  const base = `corrections[${index}]`;
  const { timeline } = draft;
  const recordOptions = [
    ...timeline.events.flatMap((e) => [
      { value: e.id, label: `Event: ${e.title} (${e.id})` },
      ...(e.aliases ?? []).map((alias) => ({ value: alias, label: `Old id of “${e.title}” (${alias})` })),
    ]),
    ...(timeline.retired ?? []).map((r) => ({ value: r.id, label: `Retired event (${r.id})` })),
    ...timeline.entities.map((e) => ({ value: e.id, label: `Entity: ${e.name} (${e.id})` })),
    ...timeline.figures.map((f) => ({ value: f.id, label: `Figure: ${f.subject} (${f.id})` })),
  ];
  return (
    <div className="studio-form">
      <h3>
        Correction {index + 1} of {timeline.corrections.length}
      </h3>
      <p className="studio-field-hint">The public corrections log, oldest first: what changed, when and why.</p>
      <TextField
        path={`${base}.id`}
        label="Id"
        value={correction.id}
        onChange={(id) => {
          edit((d) => updateCorrection(d, index, (c) => ({ ...c, id })), `${base}.id`);
        }}
      />
      <TextField
        path={`${base}.date`}
        label="Date"
        type="date"
        value={correction.date}
        onChange={(date) => {
          edit((d) => updateCorrection(d, index, (c) => ({ ...c, date })), `${base}.date`);
        }}
      />
      <ListPicker
        path={`${base}.records`}
        label="Records it changed"
        values={correction.records}
        options={recordOptions}
        onChange={(records) => {
          edit((d) => updateCorrection(d, index, (c) => ({ ...c, records })), `${base}.records`);
        }}
      />
      <TextField
        path={`${base}.what`}
        label="What changed"
        value={correction.what}
        multiline
        maxLength={600}
        onChange={(what) => {
          edit((d) => updateCorrection(d, index, (c) => ({ ...c, what })), `${base}.what`);
        }}
      />
      <TextField
        path={`${base}.why`}
        label="Why"
        value={correction.why}
        multiline
        maxLength={600}
        onChange={(why) => {
          edit((d) => updateCorrection(d, index, (c) => ({ ...c, why })), `${base}.why`);
        }}
      />
      <div className="studio-form-actions">
        <button
          type="button"
          className="studio-danger"
          onClick={() => {
            edit((d) => removeRecord(d, 'corrections', index));
            onRemoved();
          }}
        >
          Delete this correction
        </button>
      </div>
    </div>
  );
}
