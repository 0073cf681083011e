import { useEffect } from 'react';
import type { RefObject } from 'react';

/** How far a finger must travel sideways, px, for a swipe to turn the story's page. */
const SWIPE_DISTANCE = 60;

/** True where the arrow keys belong to what has focus: a text field, a list box, the chart's own marks. */
function ownsArrowKeys(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return (
    target.closest('input, textarea, select, [contenteditable="true"], [role="listbox"], [role="slider"]') !== null
  );
}

/**
 * The story mode's page turns besides its Previous and Next links: ← and → anywhere on the page (but where a
 * control uses them itself), and a sideways swipe on the details. Outside the story mode it listens to nothing.
 */
export function useStoryNavigation(
  isStory: boolean,
  swipeArea: RefObject<HTMLElement | null>,
  turn: { previous: (() => void) | undefined; next: (() => void) | undefined },
): void {
  const { previous, next } = turn;
  useEffect(() => {
    if (!isStory) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (ownsArrowKeys(event.target)) return;
      const move = event.key === 'ArrowLeft' ? previous : event.key === 'ArrowRight' ? next : undefined;
      if (move === undefined) return;
      event.preventDefault();
      move();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [isStory, previous, next]);

  useEffect(() => {
    const area = swipeArea.current;
    if (!isStory || area === null) return undefined;
    // Touch events, not pointer events: once the browser takes a gesture as a scroll it cancels the pointer, but
    // a touch still ends where the finger left.
    let start: { x: number; y: number } | undefined;
    const onStart = (event: TouchEvent) => {
      const touch = event.touches.length === 1 ? event.touches[0] : undefined;
      start = touch === undefined ? undefined : { x: touch.clientX, y: touch.clientY };
    };
    const onEnd = (event: TouchEvent) => {
      const touch = event.changedTouches[0];
      if (start === undefined || touch === undefined) return;
      const dx = touch.clientX - start.x;
      const dy = touch.clientY - start.y;
      start = undefined;
      // A swipe is mostly sideways: a vertical one scrolls the details, as the sheet's `touch-action` lets it.
      if (Math.abs(dx) < SWIPE_DISTANCE || Math.abs(dx) < 2 * Math.abs(dy)) return;
      (dx < 0 ? next : previous)?.();
    };
    area.addEventListener('touchstart', onStart, { passive: true });
    area.addEventListener('touchend', onEnd, { passive: true });
    return () => {
      area.removeEventListener('touchstart', onStart);
      area.removeEventListener('touchend', onEnd);
    };
  }, [isStory, swipeArea, previous, next]);
}
