import { MeasureSchema } from '../data/schema.ts';
import { removeRecord, renameFigure, updateFigure } from './draftEdits.ts';
import { getEntityOptions, getEventOptions, getSpeakerOptions } from './editorTypes.ts';
import type { FormProps } from './editorTypes.ts';
import { IdField, ListPicker, NumberField, SelectField, TextField } from './fields.tsx';
import { proposeId } from './slugify.ts';
import { SourceListEditor } from './SourceListEditor.tsx';
import type { DraftFigure } from './studioModel.ts';

const QUALIFIERS = [
  { value: 'exactly', label: 'Exactly' },
  { value: 'at-least', label: 'At least' },
  { value: 'up-to', label: 'Up to' },
  { value: 'about', label: 'About' },
  { value: 'range', label: 'A range (from … to …)' },
];

export function FigureForm({ draft, edit, index, onRemoved }: FormProps & { onRemoved: () => void }) {
  const figure = draft.timeline.figures[index];
  if (figure === undefined) return null;
  const base = `figures[${index}]`;
  const set = (patch: (f: DraftFigure) => DraftFigure, field: string) => {
    edit((d) => updateFigure(d, index, patch), `${base}.${field}`);
  };
  const taken = new Set(draft.timeline.figures.filter((_, i) => i !== index).map((f) => f.id));
  const { value } = figure;
  return (
    <div className="studio-form">
      <h3>
        Figure {index + 1} of {draft.timeline.figures.length}
      </h3>
      <SelectField
        path={`${base}.measure`}
        label="What it counts"
        value={figure.measure}
        options={MeasureSchema.options.map((m) => ({ value: m, label: m.replace(/-/g, ' ') }))}
        onChange={(measure) => {
          set((f) => ({ ...f, measure: measure as DraftFigure['measure'] }), 'measure');
        }}
      />
      <TextField
        path={`${base}.subject`}
        label="Who or what is counted"
        hint="In a few words: foreign hostages."
        value={figure.subject}
        maxLength={80}
        onChange={(subject) => {
          set((f) => ({ ...f, subject }), 'subject');
        }}
      />
      <IdField
        path={`${base}.id`}
        label="Id"
        value={figure.id}
        proposed={proposeId(`${figure.measure} ${figure.subject}`, taken, 'figure')}
        onRename={(id) => {
          edit((d) => renameFigure(d, index, id));
        }}
      />
      <SelectField
        path={`${base}.value.qualifier`}
        label="As the speaker qualified it"
        value={value.qualifier}
        options={QUALIFIERS}
        onChange={(qualifier) => {
          set(
            (f) => ({
              ...f,
              value:
                qualifier === 'range'
                  ? {
                      qualifier: 'range',
                      min: 'value' in f.value ? f.value.value : 0,
                      max: 'value' in f.value ? f.value.value + 1 : 1,
                    }
                  : {
                      qualifier: qualifier as 'exactly' | 'at-least' | 'up-to' | 'about',
                      value: 'value' in f.value ? f.value.value : f.value.min,
                    },
            }),
            'value',
          );
        }}
      />
      {value.qualifier === 'range' ? (
        <>
          <NumberField
            path={`${base}.value.min`}
            label="From"
            value={value.min}
            onChange={(min) => {
              set((f) => ({ ...f, value: { ...value, min } }), 'value.min');
            }}
          />
          <NumberField
            path={`${base}.value.max`}
            label="To"
            value={value.max}
            onChange={(max) => {
              set((f) => ({ ...f, value: { ...value, max } }), 'value.max');
            }}
          />
        </>
      ) : (
        <NumberField
          path={`${base}.value.value`}
          label="Number"
          value={value.value}
          onChange={(n) => {
            set((f) => ({ ...f, value: { ...value, value: n } }), 'value.value');
          }}
        />
      )}
      <SelectField
        path={`${base}.event`}
        label="The event it belongs to"
        value={figure.event}
        options={getEventOptions(draft)}
        onChange={(event) => {
          set((f) => ({ ...f, event }), 'event');
        }}
      />
      <SelectField
        path={`${base}.saidBy`}
        label="Said by"
        value={figure.saidBy ?? ''}
        options={getSpeakerOptions(draft)}
        onChange={(saidBy) => {
          set(({ saidBy: _old, ...f }) => (saidBy === '' ? f : { ...f, saidBy }), 'saidBy');
        }}
      />
      <ListPicker
        path={`${base}.notConfirmedBy`}
        label="Not confirmed by"
        values={figure.notConfirmedBy ?? []}
        options={getEntityOptions(draft)}
        onChange={(ids) => {
          set(
            ({ notConfirmedBy: _old, ...f }) => (ids.length === 0 ? f : { ...f, notConfirmedBy: ids }),
            'notConfirmedBy',
          );
        }}
      />
      <ListPicker
        path={`${base}.about`}
        label="Counted"
        values={figure.about}
        options={getEntityOptions(draft)}
        onChange={(about) => {
          set((f) => ({ ...f, about }), 'about');
        }}
      />
      <SourceListEditor
        path={base}
        sources={figure.sources}
        documents={draft.documents}
        speakerOptions={getSpeakerOptions(draft)}
        onChange={(sources) => {
          set((f) => ({ ...f, sources }), 'sources');
        }}
      />
      <div className="studio-form-actions">
        <button
          type="button"
          className="studio-danger"
          onClick={() => {
            edit((d) => removeRecord(d, 'figures', index));
            onRemoved();
          }}
        >
          Delete this figure
        </button>
      </div>
    </div>
  );
}
