import { EntityKindSchema } from '../data/schema.ts';
import { removeRecord, renameEntity, updateEntity } from './draftEdits.ts';
import { getEntityOptions, getSpeakerOptions } from './editorTypes.ts';
import type { FormProps } from './editorTypes.ts';
import { CheckboxField, IdField, SelectField, TextField } from './fields.tsx';
import { followTitle, proposeId } from './slugify.ts';
import { SourceListEditor } from './SourceListEditor.tsx';
import type { DraftEntity } from './studioModel.ts';

interface EntityFormProps extends FormProps {
  /** The entity ids of the timeline as last opened or saved: links may carry them, so they never follow a name. */
  publishedIds: ReadonlySet<string>;
  onRemoved: () => void;
}

export function EntityForm({ draft, edit, index, publishedIds, onRemoved }: EntityFormProps) {
  const entity = draft.timeline.entities[index];
  if (entity === undefined) return null;
  const base = `entities[${index}]`;
  const set = (patch: (e: DraftEntity) => DraftEntity, field: string) => {
    edit((d) => updateEntity(d, index, patch), `${base}.${field}`);
  };
  const taken = new Set(draft.timeline.entities.filter((_, i) => i !== index).map((e) => e.id));
  const optional = (key: 'role' | 'partOf', value: string) => (e: DraftEntity) => {
    const { [key]: _old, ...rest } = e;
    return value === '' ? rest : { ...rest, [key]: value };
  };
  return (
    <div className="studio-form">
      <h3>
        Entity {index + 1} of {draft.timeline.entities.length}
      </h3>
      <TextField
        path={`${base}.name`}
        label="Name"
        value={entity.name}
        maxLength={80}
        onChange={(name) => {
          edit((d) => {
            const next = updateEntity(d, index, (e) => ({ ...e, name }));
            const id = followTitle(entity.id, entity.name, name, {
              taken,
              published: publishedIds,
              fallback: 'entity',
            });
            return id === undefined ? next : renameEntity(next, index, id);
          }, `${base}.name`);
        }}
      />
      <IdField
        path={`${base}.id`}
        label="Id"
        value={entity.id}
        proposed={proposeId(entity.name, taken, 'entity')}
        onRename={(id) => {
          edit((d) => renameEntity(d, index, id));
        }}
      />
      <SelectField
        path={`${base}.kind`}
        label="Kind"
        value={entity.kind}
        options={EntityKindSchema.options.map((k) => ({ value: k, label: k.charAt(0).toUpperCase() + k.slice(1) }))}
        onChange={(kind) => {
          set((e) => ({ ...e, kind: kind as DraftEntity['kind'] }), 'kind');
        }}
      />
      <TextField
        path={`${base}.description`}
        label="Who or what this is, as the report describes it"
        value={entity.description}
        multiline
        maxLength={300}
        onChange={(description) => {
          set((e) => ({ ...e, description }), 'description');
        }}
      />
      <TextField
        path={`${base}.role`}
        label="Role at the time (optional)"
        value={entity.role ?? ''}
        maxLength={120}
        onChange={(role) => {
          set(optional('role', role), 'role');
        }}
      />
      {entity.kind === 'place' && (
        <SelectField
          path={`${base}.partOf`}
          label="Lies in (the larger place)"
          value={entity.partOf ?? ''}
          options={[{ value: '', label: 'Not given' }, ...getEntityOptions(draft, 'place', entity.id)]}
          onChange={(partOf) => {
            set(optional('partOf', partOf), 'partOf');
          }}
        />
      )}
      <CheckboxField
        path={`${base}.isPerpetrator`}
        label="The attackers, or speaks for them (their word alone makes a claim)"
        checked={entity.isPerpetrator === true}
        onChange={(isPerpetrator) => {
          set(({ isPerpetrator: _old, ...e }) => (isPerpetrator ? { ...e, isPerpetrator } : e), 'isPerpetrator');
        }}
      />
      <SourceListEditor
        path={base}
        sources={entity.sources}
        documents={draft.documents}
        speakerOptions={getSpeakerOptions(draft)}
        onChange={(sources) => {
          set((e) => ({ ...e, sources }), 'sources');
        }}
      />
      <div className="studio-form-actions">
        <button
          type="button"
          className="studio-danger"
          onClick={() => {
            edit((d) => removeRecord(d, 'entities', index));
            onRemoved();
          }}
        >
          Delete this entity
        </button>
      </div>
    </div>
  );
}
