import { useState } from 'react';
import type { LinkNotice } from '../view/viewState.ts';

interface LinkNoticesProps {
  notices: readonly LinkNotice[];
}

/**
 * A short, polite word when part of a link could not be followed, or was read as something else (an event a
 * correction renamed). The messages and links are ours, never the link's text.
 */
export function LinkNotices({ notices }: LinkNoticesProps) {
  const [isDismissed, setIsDismissed] = useState(false);
  const visible = isDismissed ? [] : notices;
  return (
    <div className="link-notices" role="status">
      {visible.length > 0 && (
        <div className="link-notice">
          <ul className="link-notice-list">
            {visible.map((notice) => (
              <li key={notice.key}>
                {notice.message}
                {notice.link !== undefined && (
                  <>
                    {' '}
                    <a
                      href={notice.link.href}
                      {...(notice.link.opensInNewTab ? { target: '_blank', rel: 'noopener' } : {})}
                    >
                      {notice.link.text}
                    </a>
                  </>
                )}
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="link-notice-dismiss"
            onClick={() => {
              setIsDismissed(true);
            }}
          >
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
