import { useEffect, useRef } from 'react';

/** Where the device remembers that the reader has seen the note. */
export const CONTENT_NOTE_KEY = 'holey-artisan-timeline:content-note-seen';

function hasSeenNote(): boolean {
  try {
    return window.localStorage.getItem(CONTENT_NOTE_KEY) === 'yes';
  } catch {
    // Storage can be refused (private modes, policies): show the note, never fail.
    return false;
  }
}

function rememberNote(): void {
  try {
    window.localStorage.setItem(CONTENT_NOTE_KEY, 'yes');
  } catch {
    // Without storage the note shows again next time; nothing else depends on it.
  }
}

interface ContentNoteProps {
  note: string;
}

/**
 * The content note before first use: a modal dialog with one button, shown once
 * per device. It never stands between a shared link and its content for more than
 * a click, and without JavaScript the same note reads at the top of the page.
 */
export function ContentNote({ note }: ContentNoteProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog === null || hasSeenNote() || typeof dialog.showModal !== 'function') return;
    dialog.showModal();
  }, []);

  const dismiss = () => {
    rememberNote();
    dialogRef.current?.close();
  };

  return (
    <dialog
      ref={dialogRef}
      className="content-note-dialog"
      aria-labelledby="content-note-title"
      aria-describedby="content-note-text"
      onCancel={rememberNote}
    >
      <h2 id="content-note-title">Before you start</h2>
      <p id="content-note-text">{note}</p>
      <button type="button" className="content-note-continue" onClick={dismiss}>
        Continue to the timeline
      </button>
    </dialog>
  );
}
