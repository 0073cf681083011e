/** What the studio tells its preview: the draft's timeline, validated, as the text of its file. */
export interface PreviewTimelineMessage {
  kind: 'studio-preview-timeline';
  text: string;
}

/** What the preview tells the studio: it has started and waits for a timeline. */
export interface PreviewReadyMessage {
  kind: 'studio-preview-ready';
}

export function isPreviewReady(data: unknown): data is PreviewReadyMessage {
  return typeof data === 'object' && data !== null && (data as { kind?: unknown }).kind === 'studio-preview-ready';
}

export function isPreviewTimeline(data: unknown): data is PreviewTimelineMessage {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { kind?: unknown }).kind === 'studio-preview-timeline' &&
    typeof (data as { text?: unknown }).text === 'string'
  );
}
