import { useEffect } from 'react';

/** The `type` of the message the embed posts to its host page; the docs' host script listens for it. */
export const EMBED_HEIGHT_MESSAGE = 'holey-artisan-timeline:height';

/** What the embed posts to its host page whenever its height changes. */
export interface EmbedHeightMessage {
  type: typeof EMBED_HEIGHT_MESSAGE;
  /** The document's height, whole px (rounded up, so the host's iframe never needs a scrollbar). */
  height: number;
}

/**
 * In the embed, when framed: tells the host page the document's height, at first and on every change, so the
 * host's few lines of script (docs/links-and-embedding.md) can size the iframe to it. Measured at most once an
 * animation frame, and posted only when the rounded height changes. Does nothing when `enabled` is false (the
 * full page), when the page is not framed, or on the server (effects do not run there).
 */
export function useReportEmbedHeight(enabled: boolean): void {
  useEffect(() => {
    if (!enabled || window.parent === window || typeof ResizeObserver === 'undefined') return undefined;
    const root = document.documentElement;
    let posted: number | undefined;
    let frame: number | undefined;
    const post = () => {
      frame = undefined;
      const height = Math.ceil(root.getBoundingClientRect().height);
      if (height === posted) return;
      posted = height;
      const message: EmbedHeightMessage = { type: EMBED_HEIGHT_MESSAGE, height };
      // Any origin may host the embed, and the height says nothing a host could not measure itself: '*' is safe.
      window.parent.postMessage(message, '*');
    };
    const schedule = () => {
      frame ??= requestAnimationFrame(post);
    };
    const observer = new ResizeObserver(schedule);
    observer.observe(root);
    schedule();
    return () => {
      observer.disconnect();
      if (frame !== undefined) cancelAnimationFrame(frame);
    };
  }, [enabled]);
}
