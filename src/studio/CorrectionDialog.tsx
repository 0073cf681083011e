import { useEffect, useId, useRef, useState } from 'react';
import type { FileCorrection } from './studioModel.ts';

interface CorrectionDialogProps {
  proposal: FileCorrection;
  /** Each changed record's id, with words for it. */
  recordLabels: ReadonlyMap<string, string>;
  onAccept: (correction: FileCorrection) => void;
  onSkip: () => void;
  onCancel: () => void;
}

/**
 * Asked before a save that changes a published fact: a corrections-log entry, prefilled with the changed records
 * and today's date, for the author to say what changed and why.
 */
export function CorrectionDialog({ proposal, recordLabels, onAccept, onSkip, onCancel }: CorrectionDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [records, setRecords] = useState(proposal.records);
  const [what, setWhat] = useState('');
  const [why, setWhy] = useState('');
  const id = useId();
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog !== null && !dialog.open) dialog.showModal();
  }, []);
  const ready = records.length > 0 && what.trim() !== '' && why.trim() !== '';
  return (
    <dialog
      ref={dialogRef}
      className="studio-dialog"
      aria-labelledby={`${id}-heading`}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (ready) onAccept({ ...proposal, records, what: what.trim(), why: why.trim() });
        }}
      >
        <h2 id={`${id}-heading`}>This save changes published facts</h2>
        <p>
          Readers may have seen the old version. Add an entry to the public corrections log, dated {proposal.date}, to
          say what changed and why.
        </p>
        <fieldset>
          <legend>Records changed</legend>
          {proposal.records.map((record) => (
            <label key={record} className="studio-inline-check">
              <input
                type="checkbox"
                checked={records.includes(record)}
                onChange={(e) => {
                  setRecords(e.target.checked ? [...records, record] : records.filter((r) => r !== record));
                }}
              />{' '}
              {recordLabels.get(record) ?? record}
            </label>
          ))}
        </fieldset>
        <label htmlFor={`${id}-what`}>What changed</label>
        <textarea
          id={`${id}-what`}
          rows={3}
          value={what}
          maxLength={600}
          onChange={(e) => {
            setWhat(e.target.value.replace(/\r\n|\r|\n/g, ' '));
          }}
        />
        <label htmlFor={`${id}-why`}>Why</label>
        <textarea
          id={`${id}-why`}
          rows={3}
          value={why}
          maxLength={600}
          onChange={(e) => {
            setWhy(e.target.value.replace(/\r\n|\r|\n/g, ' '));
          }}
        />
        <div className="studio-form-actions">
          <button type="submit" className="studio-primary" disabled={!ready}>
            Add to the corrections log and save
          </button>
          <button type="button" onClick={onSkip}>
            Save without an entry
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
