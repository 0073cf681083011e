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
    let start: { x: number; y: number; id: number } | undefined;
    const onDown = (event: PointerEvent) => {
      start = event.pointerType === 'mouse' ? undefined : { x: event.clientX, y: event.clientY, id: event.pointerId };
    };
    const onUp = (event: PointerEvent) => {
      if (start?.id !== event.pointerId) return;
      const dx = event.clientX - start.x;
      const dy = event.clientY - start.y;
      start = undefined;
      // A swipe is mostly sideways: a vertical one scrolls the details, as the sheet's `touch-action` lets it.
      if (Math.abs(dx) < SWIPE_DISTANCE || Math.abs(dx) < 2 * Math.abs(dy)) return;
      (dx < 0 ? next : previous)?.();
    };
    const onCancel = () => {
      start = undefined;
    };
    area.addEventListener('pointerdown', onDown);
    area.addEventListener('pointerup', onUp);
    area.addEventListener('pointercancel', onCancel);
    return () => {
      area.removeEventListener('pointerdown', onDown);
      area.removeEventListener('pointerup', onUp);
      area.removeEventListener('pointercancel', onCancel);
    };
  }, [isStory, swipeArea, previous, next]);
}
