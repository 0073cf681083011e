import { render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { useElementWidth } from './useElementWidth.ts';

/** A box that hands every width the hook gives it, render by render, to `onRender`. */
function Box({ waitsForWidth, onRender }: { waitsForWidth: boolean; onRender: (width: number | undefined) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  onRender(useElementWidth(ref, 960, { waitsForWidth }));
  return <div ref={ref} />;
}

/** The widths a box laid out `boxWidth` px wide is given, in order. */
function widthsGiven(boxWidth: number, waitsForWidth: boolean): (number | undefined)[] {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ width: boxWidth } as DOMRect);
  const widths: (number | undefined)[] = [];
  render(<Box waitsForWidth={waitsForWidth} onRender={(width) => widths.push(width)} />);
  return widths;
}

function stubResizeObserver(): void {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe(): void {}
      disconnect(): void {}
    },
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('useElementWidth', () => {
  test('without a ResizeObserver it gives the fallback, even when asked to wait', () => {
    expect(new Set(widthsGiven(1200, true))).toEqual(new Set([960]));
  });

  test('not waiting, it gives the fallback until the box is measured', () => {
    stubResizeObserver();
    const widths = widthsGiven(1200, false);
    expect(widths[0]).toBe(960);
    expect(widths.at(-1)).toBe(1200);
  });

  test('waiting, it gives nothing until the box is measured, then its width, never the fallback', () => {
    stubResizeObserver();
    const widths = widthsGiven(1200, true);
    expect(widths[0]).toBeUndefined();
    expect(widths.at(-1)).toBe(1200);
    expect(widths).not.toContain(960);
  });

  test('waiting for a box that is not laid out, it settles on the fallback', () => {
    stubResizeObserver();
    expect(widthsGiven(0, true).at(-1)).toBe(960);
  });
});
