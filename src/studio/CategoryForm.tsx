import { removeRecord, renameCategory, updateCategory } from './draftEdits.ts';
import type { FormProps } from './editorTypes.ts';
import { IdField, TextField } from './fields.tsx';
import { proposeId } from './slugify.ts';

export function CategoryForm({ draft, edit, index, onRemoved }: FormProps & { onRemoved: () => void }) {
  const category = draft.timeline.categories[index];
  if (category === undefined) return null;
  const base = `categories[${index}]`;
  const taken = new Set(draft.timeline.categories.filter((_, i) => i !== index).map((c) => c.id));
  return (
    <div className="studio-form">
      <h3>
        Category {index + 1} of {draft.timeline.categories.length}
      </h3>
      <p className="studio-field-hint">Each category is one lane of the chart, in the order listed.</p>
      <TextField
        path={`${base}.label`}
        label="Label"
        value={category.label}
        maxLength={40}
        onChange={(label) => {
          edit((d) => updateCategory(d, index, (c) => ({ ...c, label })), `${base}.label`);
        }}
      />
      <IdField
        path={`${base}.id`}
        label="Id"
        value={category.id}
        proposed={proposeId(category.label, taken, 'category')}
        onRename={(id) => {
          edit((d) => renameCategory(d, index, id));
        }}
      />
      <TextField
        path={`${base}.description`}
        label="Description"
        value={category.description}
        multiline
        maxLength={200}
        onChange={(description) => {
          edit((d) => updateCategory(d, index, (c) => ({ ...c, description })), `${base}.description`);
        }}
      />
      <div className="studio-form-actions">
        <button
          type="button"
          className="studio-danger"
          disabled={draft.timeline.categories.length === 1}
          onClick={() => {
            edit((d) => removeRecord(d, 'categories', index));
            onRemoved();
          }}
        >
          Delete this category
        </button>
      </div>
    </div>
  );
}
