import { useRef, useState } from 'react';
import { useIsClient } from '../shared/useIsClient.ts';

interface ShareLinkProps {
  /** The title offered to the system share sheet. */
  title: string;
}

type CopyState = 'idle' | 'copied' | 'manual';

/**
 * Copies the link to the current view. Where the Clipboard API is missing or
 * refused, it shows the link selected, ready to copy by hand. Where the browser
 * has a share sheet, it offers that too.
 */
export function ShareLink({ title }: ShareLinkProps) {
  const [state, setState] = useState<CopyState>('idle');
  const [link, setLink] = useState('');
  const fieldRef = useRef<HTMLInputElement>(null);
  const canShare = useIsClient() && typeof navigator.share === 'function';

  const copy = async () => {
    const href = window.location.href;
    setLink(href);
    try {
      // Undefined outside secure contexts, whatever the DOM types say.
      const clipboard = (navigator as Partial<Navigator>).clipboard;
      if (clipboard === undefined) throw new Error('no clipboard');
      await clipboard.writeText(href);
      setState('copied');
    } catch {
      setState('manual');
      // The field renders on this update; select it on the next frame so a reader can copy at once.
      requestAnimationFrame(() => {
        fieldRef.current?.select();
      });
    }
  };

  const share = async () => {
    try {
      await navigator.share({ title, url: window.location.href });
    } catch {
      // The reader closed the sheet: nothing to do.
    }
  };

  return (
    <div className="share-link">
      <button
        type="button"
        className="share-link-button"
        onClick={() => void copy()}
        aria-label="Copy link to this view"
      >
        Copy link
      </button>
      {canShare && (
        <button type="button" className="share-link-button" onClick={() => void share()}>
          Share…
        </button>
      )}
      <p className="share-link-status" role="status">
        {state === 'copied' ? 'Link copied' : ''}
      </p>
      {state === 'manual' && (
        <label className="share-link-manual">
          <span>Copy this link:</span>
          <input ref={fieldRef} type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </div>
  );
}
