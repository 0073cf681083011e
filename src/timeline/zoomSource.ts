/**
 * Whose move it is. Every move our code makes passes one of these to d3-zoom as the event argument of
 * `zoom.transform(selection, transform, point, event)`; d3 hands it on as the zoom events' `sourceEvent`, so
 * when a move settles the chart reads who made it from d3's own event, not from flags of ours. A reader's
 * wheel, drag or pinch arrives with d3's DOM event instead. `MOVE_RULES` says, in one place, what each kind
 * of move does to the link and to the live region.
 */
import type { EventId } from '../data/schema.ts';

/** Who moved the chart. */
export type ZoomSource =
  /** A link, or Back and Forward, asks for a window. */
  | { kind: 'link' }
  /** The same window kept across a new width, scale or extent, or the first view: nothing the reader did. */
  | { kind: 'layout' }
  /** The reader's wheel, drag or pinch. */
  | { kind: 'gesture' }
  /** A zoom or pan button, a key, the overview's brush, or a click on a crowded lane. */
  | { kind: 'control' }
  /**
   * Bringing an event into view: for a new selection (`selection`, which also takes the tab stop), the arrow
   * keys' walk (`position`), or focus arriving at a mark (`window`). `id` is undefined when the details close.
   */
  | { kind: 'follow'; id: EventId | undefined; says: 'selection' | 'position' | 'window' };

/** What a settled move of one kind does. */
export interface MoveRule {
  /** The window it settles on is written to the link (a reader's move), or not (it came from the link). */
  isWritten: boolean;
  /** It is announced in the chart's live region. */
  isAnnounced: boolean;
}

/** The one rule for every kind of move: a link's move is never written back; the reader's own moves are. */
export const MOVE_RULES: { readonly [K in ZoomSource['kind']]: MoveRule } = {
  link: { isWritten: false, isAnnounced: true },
  layout: { isWritten: false, isAnnounced: false },
  gesture: { isWritten: true, isAnnounced: true },
  control: { isWritten: true, isAnnounced: true },
  follow: { isWritten: true, isAnnounced: true },
};

/** The tag d3 carries as `sourceEvent`: a move of ours, told apart from DOM events by its `type`. */
export interface ZoomSourceEvent {
  /** Tells our tag apart from a DOM event. */
  type: 'timeline-move';
  /** Whose move it is. */
  source: ZoomSource;
}

/** The event argument for a move of ours. */
export function tagMove(source: ZoomSource): ZoomSourceEvent {
  return { type: 'timeline-move', source };
}

function isZoomSourceEvent(value: unknown): value is ZoomSourceEvent {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'timeline-move';
}

/**
 * Who made a move, from the `sourceEvent` of d3's zoom event: our tag, or a DOM event for a reader's gesture.
 * Every move of ours is tagged; a move with no source event at all is d3 re-applying a transform, which is
 * nothing the reader did. (d3-zoom keeps the source event of a gesture still under way for a programmatic
 * move made during it, d3/d3-zoom#253, which is one more reason every move of ours carries its own tag.)
 */
export function readZoomSource(sourceEvent: unknown): ZoomSource {
  if (isZoomSourceEvent(sourceEvent)) return sourceEvent.source;
  return sourceEvent instanceof Event ? { kind: 'gesture' } : { kind: 'layout' };
}
