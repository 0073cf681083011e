import { getMarkDomId } from '../timeline/getMarkDomId.ts';
import type { EventId } from '../data/schema.ts';

/**
 * After a reader taps a mark on a phone or tablet, scrolls the page (never the chart) just enough that the mark
 * sits above the details sheet rising over the bottom of the screen, so the event just chosen is not hidden by
 * its own details. Where the details are a side column, nothing moves.
 */
export function keepAboveSheet(id: EventId, reducedMotion: boolean): void {
  // Two frames: the panel is in the page and laid out.
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const mark = document.getElementById(getMarkDomId(id));
      const panel = document.querySelector('.app-panel');
      if (mark === null || panel === null || getComputedStyle(panel).position !== 'fixed') return;
      const box = mark.getBoundingClientRect();
      // Where the sheet's top can rise to (its `max-height`: 60 % of a page, half an embed), whatever it holds yet.
      const sheetTop = window.innerHeight - (Number.parseFloat(getComputedStyle(panel).maxHeight) || 0);
      if (box.top >= 8 && box.bottom <= sheetTop - 8) return;
      const target = Math.max(8, (sheetTop - box.height) / 2);
      window.scrollBy({ top: box.top - target, behavior: reducedMotion ? 'auto' : 'smooth' });
    }),
  );
}
