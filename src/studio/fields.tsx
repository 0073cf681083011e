/**
 * The form fields every record's editor is built from. Each field is named by the JSON path of the value it
 * edits (`events[3].time.latest`): its DOM id comes from the path, so a problem's path finds its field, and the
 * problems the validator gives for that path show under it.
 */
import { createContext, useContext, useId, useState } from 'react';
import type { ReactNode } from 'react';

/** The validator's messages by JSON path. */
export const ProblemsContext = createContext<ReadonlyMap<string, readonly string[]>>(new Map());

/** The DOM id of the field that edits a JSON path. */
export function getFieldId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}`;
}

function useFieldProblems(path: string): readonly string[] {
  return useContext(ProblemsContext).get(path) ?? [];
}

interface FieldFrameProps {
  path: string;
  label: string;
  hint?: string | undefined;
  children: (props: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}

/** A label, the control, a hint and the field's problems, wired together for screen readers. */
function FieldFrame({ path, label, hint, children }: FieldFrameProps) {
  const id = getFieldId(path);
  const problems = useFieldProblems(path);
  const hintId = `${id}-hint`;
  const problemsId = `${id}-problems`;
  const describedBy = [hint === undefined ? '' : hintId, problems.length === 0 ? '' : problemsId]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`studio-field${problems.length > 0 ? ' is-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, describedBy: describedBy === '' ? undefined : describedBy, invalid: problems.length > 0 })}
      {hint !== undefined && (
        <p id={hintId} className="studio-field-hint">
          {hint}
        </p>
      )}
      {problems.length > 0 && (
        <ul id={problemsId} className="studio-field-problems">
          {problems.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

interface TextFieldProps {
  path: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  multiline?: boolean;
  /** The schema's limit, shown as a count. */
  maxLength?: number;
  type?: 'text' | 'date' | 'url';
  list?: string;
}

export function TextField({
  path,
  label,
  value,
  onChange,
  hint,
  multiline,
  maxLength,
  type = 'text',
  list,
}: TextFieldProps) {
  const counted =
    maxLength === undefined
      ? hint
      : `${hint === undefined ? '' : `${hint} `}${value.length} of ${maxLength} characters.`;
  return (
    <FieldFrame path={path} label={label} hint={counted}>
      {({ id, describedBy, invalid }) =>
        multiline === true ? (
          <textarea
            id={id}
            value={value}
            rows={3}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(e) => {
              // Text fields hold one line: a pasted line break becomes a space.
              onChange(e.target.value.replace(/\r\n|\r|\n/g, ' '));
            }}
          />
        ) : (
          <input
            id={id}
            type={type}
            value={value}
            list={list}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(e) => {
              onChange(e.target.value);
            }}
          />
        )
      }
    </FieldFrame>
  );
}

interface NumberFieldProps {
  path: string;
  label: string;
  value: number;
  onChange: (value: number) => void;
  hint?: string;
}

export function NumberField({ path, label, value, onChange, hint }: NumberFieldProps) {
  return (
    <FieldFrame path={path} label={label} hint={hint}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type="number"
          min={0}
          step={1}
          value={Number.isFinite(value) ? value : ''}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          onChange={(e) => {
            onChange(e.target.value === '' ? 0 : Number(e.target.value));
          }}
        />
      )}
    </FieldFrame>
  );
}

export interface Option {
  value: string;
  label: string;
}

interface SelectFieldProps {
  path: string;
  label: string;
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
  hint?: string;
}

export function SelectField({ path, label, value, options, onChange, hint }: SelectFieldProps) {
  const known = options.some((o) => o.value === value);
  return (
    <FieldFrame path={path} label={label} hint={hint}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          value={value}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          onChange={(e) => {
            onChange(e.target.value);
          }}
        >
          {!known && <option value={value}>{value === '' ? '(none chosen)' : `${value} (not found)`}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

interface CheckboxFieldProps {
  path: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
}

export function CheckboxField({ path, label, checked, onChange, hint }: CheckboxFieldProps) {
  const id = getFieldId(path);
  const hintId = `${id}-hint`;
  return (
    <div className="studio-field studio-checkbox">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-describedby={hint === undefined ? undefined : hintId}
        onChange={(e) => {
          onChange(e.target.checked);
        }}
      />
      <label htmlFor={id}>{label}</label>
      {hint !== undefined && (
        <p id={hintId} className="studio-field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}

interface IdFieldProps {
  path: string;
  label: string;
  value: string;
  /** Applies a new id; the field applies it when it loses focus or on Enter, not at every keystroke. */
  onRename: (id: string) => void;
  /** The id proposed from the title. */
  proposed: string;
  hint?: string;
}

/** An id: edited as a draft of its own and applied whole, so a rename carries references and aliases once. */
export function IdField({ path, label, value, onRename, proposed, hint }: IdFieldProps) {
  const [editing, setEditing] = useState<string | undefined>(undefined);
  const apply = () => {
    if (editing !== undefined && editing !== value) onRename(editing.trim());
    setEditing(undefined);
  };
  return (
    <FieldFrame path={path} label={label} hint={hint}>
      {({ id, describedBy, invalid }) => (
        <div className="studio-id-row">
          <input
            id={id}
            value={editing ?? value}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            spellCheck={false}
            onChange={(e) => {
              setEditing(e.target.value);
            }}
            onBlur={apply}
            onKeyDown={(e) => {
              if (e.key === 'Enter') apply();
              if (e.key === 'Escape') setEditing(undefined);
            }}
          />
          {proposed !== value && (
            <button
              type="button"
              // The visible label comes first in the name (WCAG 2.5.3), then the id it would give.
              aria-label={`Use title: ${proposed}`}
              onClick={() => {
                onRename(proposed);
              }}
            >
              Use title
            </button>
          )}
        </div>
      )}
    </FieldFrame>
  );
}

interface ListPickerProps {
  path: string;
  label: string;
  values: readonly string[];
  options: readonly Option[];
  onChange: (values: string[]) => void;
  hint?: string;
}

/** A list of chosen ids, each removable, and a menu to add another. */
export function ListPicker({ path, label, values, options, onChange, hint }: ListPickerProps) {
  const menuId = useId();
  const labelOf = (value: string) => options.find((o) => o.value === value)?.label ?? `${value} (not found)`;
  const available = options.filter((o) => !values.includes(o.value));
  const allProblems = useContext(ProblemsContext);
  const problems = allProblems.get(path) ?? [];
  return (
    <fieldset className="studio-list-picker" id={getFieldId(path)} tabIndex={-1}>
      <legend>{label}</legend>
      {hint !== undefined && <p className="studio-field-hint">{hint}</p>}
      {values.length === 0 ? (
        <p className="studio-empty">None.</p>
      ) : (
        <ul>
          {values.map((value, i) => {
            const itemProblems = allProblems.get(`${path}[${i}]`) ?? [];
            return (
              <li key={`${value}-${i}`} id={getFieldId(`${path}[${i}]`)} tabIndex={-1}>
                <span>{labelOf(value)}</span>
                <button
                  type="button"
                  aria-label={`Remove ${labelOf(value)} from ${label.toLowerCase()}`}
                  onClick={() => {
                    onChange(values.filter((_, j) => j !== i));
                  }}
                >
                  Remove
                </button>
                {itemProblems.length > 0 && <span className="studio-field-problems">{itemProblems.join('; ')}</span>}
              </li>
            );
          })}
        </ul>
      )}
      {problems.length > 0 && <p className="studio-field-problems">{problems.join('; ')}</p>}
      {available.length > 0 && (
        <div className="studio-add-row">
          <label htmlFor={menuId}>Add to {label.toLowerCase()}</label>
          <select
            id={menuId}
            value=""
            onChange={(e) => {
              if (e.target.value !== '') onChange([...values, e.target.value]);
            }}
          >
            <option value="">Choose…</option>
            {available.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
      )}
    </fieldset>
  );
}
