import { useEffect, useId, useRef, useState } from 'react';

interface ImportDialogProps {
  zone: string;
  /** How many events the timeline open now has: the import takes its place. */
  replacing: number;
  onImport: (file: File, zone: string) => void;
  onClose: () => void;
}

/** Chooses a TimelineJS JSON, TimelineJS spreadsheet CSV or our own CSV file, and the zone its dates are in. */
export function ImportDialog({ zone: initialZone, replacing, onImport, onClose }: ImportDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [zone, setZone] = useState(initialZone);
  const id = useId();
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog !== null && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={dialogRef}
      className="studio-dialog"
      aria-labelledby={`${id}-heading`}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${id}-heading`}>Import a timeline</h2>
      <p>
        From TimelineJS (its JSON, or its Google Sheets template saved as CSV) or a CSV with our own columns. Each event
        arrives with the time the file gives, no more precise, flagged to review, and with nothing cited: cite each
        claim from the report yourself.
      </p>
      <p>
        <strong>
          The import takes the place of the timeline open now
          {replacing > 0 && ` and its ${replacing} ${replacing === 1 ? 'event' : 'events'}`}
        </strong>
        ; the documents you opened stay. Save it first if you want to keep it.
      </p>
      <label htmlFor={`${id}-zone`}>Time zone of the file’s dates</label>
      <input
        id={`${id}-zone`}
        value={zone}
        list="studio-zones"
        onChange={(e) => {
          setZone(e.target.value);
        }}
      />
      <label htmlFor={`${id}-file`}>File to import</label>
      <input
        id={`${id}-file`}
        type="file"
        accept=".json,.csv,application/json,text/csv"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file !== undefined) onImport(file, zone.trim());
        }}
      />
      <div className="studio-form-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
