import { useEffect, useRef } from 'react';
import type { LoadedTimeline } from '../data/parseTimeline.ts';
import { isPreviewReady } from './previewMessages.ts';
import type { PreviewTimelineMessage } from './previewMessages.ts';

/** How long the preview waits for typing to pause before it draws again, ms. */
const PREVIEW_DELAY_MS = 250;

/**
 * The reader's page, rendering the last valid draft, in a frame of its own: the reader's styles and its address
 * handling stay out of the studio's page.
 */
export function PreviewFrame({ timeline }: { timeline: LoadedTimeline | undefined }) {
  const frameRef = useRef<HTMLIFrameElement>(null);
  const textRef = useRef<string | undefined>(undefined);

  useEffect(() => {
    const post = () => {
      const target = frameRef.current?.contentWindow;
      if (target === null || target === undefined || textRef.current === undefined) return;
      const message: PreviewTimelineMessage = { kind: 'studio-preview-timeline', text: textRef.current };
      target.postMessage(message, window.location.origin);
    };
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== window.location.origin || event.source !== frameRef.current?.contentWindow) return;
      if (isPreviewReady(event.data)) post();
    };
    window.addEventListener('message', onMessage);
    textRef.current = timeline === undefined ? undefined : JSON.stringify(timeline);
    const timer = setTimeout(post, PREVIEW_DELAY_MS);
    return () => {
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
    };
  }, [timeline]);

  return (
    <div className="studio-preview">
      {timeline === undefined && <p className="studio-empty">The preview appears once the timeline has no problems.</p>}
      <iframe
        ref={frameRef}
        className="studio-preview-frame"
        title="Preview: the reader’s page with this draft"
        src="src/studio/preview.html"
        hidden={timeline === undefined}
      />
    </div>
  );
}
