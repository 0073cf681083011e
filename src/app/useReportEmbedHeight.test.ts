import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { EMBED_HEIGHT_MESSAGE, useReportEmbedHeight } from './useReportEmbedHeight.ts';

describe('useReportEmbedHeight', () => {
  let resize: () => void = () => undefined;
  let height = 0;
  const parent = { postMessage: vi.fn() };
  let frames: FrameRequestCallback[] = [];
  /** Runs the animation frames asked for so far. */
  function flush() {
    for (const callback of frames.splice(0)) callback(0);
  }

  beforeEach(() => {
    height = 1000.2;
    parent.postMessage.mockClear();
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: () => void) {
          resize = callback;
        }
        observe() {}
        disconnect() {}
      },
    );
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    vi.spyOn(document.documentElement, 'getBoundingClientRect').mockImplementation(() => ({ height }) as DOMRect);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  function frame() {
    vi.spyOn(window, 'parent', 'get').mockReturnValue(parent as unknown as Window);
  }

  test('in a frame, posts the height rounded up at first and then only when it changes', () => {
    frame();
    const { unmount } = renderHook(() => {
      useReportEmbedHeight(true);
    });
    flush();
    // Two resizes in one frame are measured once; a height that rounds to the same whole px is not posted again.
    height = 1000.6;
    resize();
    resize();
    expect(frames).toHaveLength(1);
    flush();
    height = 1200;
    resize();
    flush();
    unmount();
    expect(parent.postMessage.mock.calls).toEqual([
      [{ type: EMBED_HEIGHT_MESSAGE, height: 1001 }, '*'],
      [{ type: EMBED_HEIGHT_MESSAGE, height: 1200 }, '*'],
    ]);
  });

  test('posts nothing on the full page, nor when the embed is not framed', () => {
    frame();
    renderHook(() => {
      useReportEmbedHeight(false);
    }).unmount();
    vi.restoreAllMocks();
    const post = vi.spyOn(window, 'postMessage');
    renderHook(() => {
      useReportEmbedHeight(true);
    }).unmount();
    expect(parent.postMessage).not.toHaveBeenCalled();
    expect(post).not.toHaveBeenCalled();
  });
});
