/**
 * The chart's first gestures, kept while d3-zoom's code is on its way. useZoom loads d3-zoom on the first sign
 * that the reader means to zoom or pan (a pointer over the chart, focus in it, a touch, a key, a wheel); a
 * gesture that starts before the code arrives (a Ctrl + wheel, a drag, a pinch) is kept here, event by event,
 * and handed to d3-zoom once it is attached, so the reader's first move is never lost. Keys and buttons need
 * no keeping: useZoom answers them at once with the same maths.
 */
import { isZoomWheel } from './zoomWheel.ts';

/**
 * The events over the chart that say the reader may be about to zoom or pan, so d3-zoom's code should load; focus
 * coming into the chart says so too. That one is heard on the document: a focus listener on an SVG element makes
 * Chromium put the element itself in the tab order (SVGElement::HasFocusEventListeners).
 */
const INTENT_EVENTS = ['pointerenter', 'touchstart', 'keydown', 'wheel', 'mousedown'] as const;

/** The kept gestures, and how to hand them on. */
export interface GestureBuffer {
  /**
   * Stops keeping gestures and dispatches every kept event again, in order, to where it first went (the chart,
   * or the window for a drag's moves), for d3-zoom, now attached, to act on as if it had heard them live.
   */
  replay: () => void;
  /** Stops keeping gestures and drops what was kept. */
  stop: () => void;
}

/** One kept event and where it was heard. */
interface KeptEvent {
  target: EventTarget;
  event: Event;
}

/** Starts keeping the zoom gestures made over `node`, and calls `onIntent` at each sign of intent. */
export function bufferGestures(node: SVGSVGElement, onIntent: () => void): GestureBuffer {
  const view = node.ownerDocument.defaultView;
  const kept: KeptEvent[] = [];
  // Where a kept drag went down, px in the viewport; undefined when no drag is under way.
  let downAt: { x: number; y: number } | undefined;
  // Where its press is in `kept`.
  let dragStart = 0;
  let hasDragMoved = false;
  // True from the touch that puts a second finger down until the last finger lifts: a pinch or two-finger pan.
  let isPinching = false;

  const preventDefault = (event: Event) => {
    event.preventDefault();
  };
  const onWheel = (event: WheelEvent) => {
    if (!isZoomWheel(event)) return;
    // Ctrl + wheel would zoom the whole page; it is the chart's, for d3-zoom to act on when it arrives.
    event.preventDefault();
    kept.push({ target: node, event });
  };
  const stopDrag = () => {
    downAt = undefined;
    view?.removeEventListener('mousemove', onMouseMove, true);
    view?.removeEventListener('mouseup', onMouseUp, true);
    view?.removeEventListener('selectstart', preventDefault, true);
    view?.removeEventListener('dragstart', preventDefault, true);
  };
  const onMouseMove = (event: MouseEvent) => {
    if (downAt === undefined) return;
    // d3-zoom pans by where the pointer is against where it went down, so only the latest move matters.
    if (kept.at(-1)?.event.type === 'mousemove') kept.pop();
    if (view !== null) kept.push({ target: view, event });
    hasDragMoved ||= event.clientX !== downAt.x || event.clientY !== downAt.y;
  };
  const onMouseUp = (event: MouseEvent) => {
    if (view === null) return;
    if (hasDragMoved) {
      kept.push({ target: view, event });
      // A drag is not a click: d3-drag swallows the click that ends one, and so does this until d3 arrives.
      view.addEventListener('click', preventClick, { capture: true, once: true });
      view.setTimeout(() => view.removeEventListener('click', preventClick, true), 0);
    } else {
      // A press that did not move is a click, which d3-zoom does nothing with: it is not handed on.
      kept.splice(dragStart);
    }
    stopDrag();
  };
  const preventClick = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  const onMouseDown = (event: MouseEvent) => {
    // The same presses d3-zoom's filter takes (createChartZoom.ts): the main button, without Ctrl.
    if (view === null || event.button !== 0 || event.ctrlKey) return;
    dragStart = kept.length;
    kept.push({ target: node, event });
    downAt = { x: event.clientX, y: event.clientY };
    hasDragMoved = false;
    view.addEventListener('mousemove', onMouseMove, true);
    view.addEventListener('mouseup', onMouseUp, true);
    // As d3-drag's `nodrag`: dragging the chart selects no text and drags no image.
    view.addEventListener('selectstart', preventDefault, true);
    view.addEventListener('dragstart', preventDefault, true);
  };
  const onDoubleClick = (event: MouseEvent) => {
    kept.push({ target: node, event });
  };
  const onTouch = (event: TouchEvent) => {
    // One finger is the page's, to scroll it (d3-zoom's filter): only two-finger gestures are kept.
    if (event.type === 'touchstart' && event.touches.length >= 2) isPinching = true;
    if (!isPinching) return;
    kept.push({ target: node, event });
    // As d3-zoom does: two fingers moving over the chart are the chart's, not the page's.
    if (event.type === 'touchmove') event.preventDefault();
    if (event.touches.length === 0) isPinching = false;
  };
  const onIntentEvent = () => {
    onIntent();
  };
  const onFocusIn = (event: FocusEvent) => {
    if (event.target instanceof Node && node.contains(event.target)) onIntent();
  };

  const touchTypes = ['touchstart', 'touchmove', 'touchend', 'touchcancel'] as const;
  for (const type of INTENT_EVENTS) node.addEventListener(type, onIntentEvent, { passive: true });
  node.ownerDocument.addEventListener('focusin', onFocusIn, true);
  node.addEventListener('wheel', onWheel, { passive: false });
  node.addEventListener('mousedown', onMouseDown);
  node.addEventListener('dblclick', onDoubleClick);
  for (const type of touchTypes) node.addEventListener(type, onTouch, { passive: false });

  const stop = () => {
    for (const type of INTENT_EVENTS) node.removeEventListener(type, onIntentEvent);
    node.ownerDocument.removeEventListener('focusin', onFocusIn, true);
    node.removeEventListener('wheel', onWheel);
    node.removeEventListener('mousedown', onMouseDown);
    node.removeEventListener('dblclick', onDoubleClick);
    for (const type of touchTypes) node.removeEventListener(type, onTouch);
    stopDrag();
  };
  return {
    replay: () => {
      stop();
      // A dispatched event may be dispatched again once its first dispatch is over (DOM § dispatchEvent); its
      // listeners then see the same coordinates, deltas and keys, and d3-zoom acts on them as it would have.
      for (const { target, event } of kept.splice(0)) target.dispatchEvent(event);
    },
    stop: () => {
      stop();
      kept.length = 0;
    },
  };
}
