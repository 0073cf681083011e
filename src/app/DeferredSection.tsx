import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { ComponentType, LazyExoticComponent, ReactElement, ReactNode, RefObject } from 'react';
import { isPlainClick } from '../shared/EventLink.tsx';

/**
 * Sections below the fold (the figures ledger, the people and places index), and parts of the first screen whose
 * markup works without their code (the chart's key and help, the filters' disclosure), ship in their own chunks,
 * so the first view loads less JavaScript. The prerendered HTML shows them at once; their code loads when the
 * reader comes near them (or, for the latter, reaches into them) and React then hydrates them in place (a
 * dehydrated Suspense boundary).
 */

/**
 * How far ahead of the viewport a section starts loading: half a screen. Its prerendered text already shows,
 * so a fast scroller only meets controls that answer a moment later, never a blank.
 */
const LOAD_AHEAD = '50% 0px';

/** How many frames to wait for a section's anchor to appear before loading its code anyway. */
const ANCHOR_WAIT_FRAMES = 60;

/** Resolves once the element with `id` is near the viewport, or once `now` resolves; at once where nothing can observe. */
function whenNear(id: string, now: Promise<void>): Promise<void> {
  if (import.meta.env.SSR || typeof IntersectionObserver === 'undefined') return Promise.resolve();
  return new Promise((resolve) => {
    let observer: IntersectionObserver | undefined;
    let isDone = false;
    const done = () => {
      isDone = true;
      observer?.disconnect();
      resolve();
    };
    void now.then(done);
    // A prerendered page has the anchor already; rendered in the browser alone, it appears once React commits.
    const observe = (framesLeft: number) => {
      if (isDone) return;
      const target = document.getElementById(id);
      if (target === null) {
        if (framesLeft > 0) requestAnimationFrame(() => observe(framesLeft - 1));
        else done();
        return;
      }
      observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) done();
        },
        { rootMargin: LOAD_AHEAD },
      );
      observer.observe(target);
    };
    observe(ANCHOR_WAIT_FRAMES);
  });
}

/** A section whose code loads when it comes near the viewport, or at once when asked. */
export interface NearSection<Props extends object> {
  /** The section, to render inside a {@link DeferredSection}. */
  Section: LazyExoticComponent<ComponentType<Props>>;
  /** Loads the section's code now, wherever it is on the page. */
  loadNow: () => void;
}

/**
 * When a section's code loads: as its anchor comes near the viewport (`near`), or, for a section whose
 * prerendered markup works on its own (text, native disclosures, plain links), only when a reader reaches into it
 * (`intent`: a pointer over it, focus or a click in it, or {@link NearSection.loadNow}). A page rendered in the
 * browser alone has no markup to show meanwhile, so there an `intent` section loads at once.
 */
export type LoadWhen = 'near' | 'intent';

/** True while a prerendered page is being hydrated: its HTML, and so the anchor, is already in the document. */
function isPrerendered(id: string): boolean {
  return !import.meta.env.SSR && typeof document !== 'undefined' && document.getElementById(id) !== null;
}

/**
 * A component whose code loads only when the element `nearId` comes near the viewport, or, with `when` set to
 * `intent`, when a reader reaches into it (either way at once on `loadNow`).
 */
export function lazyNear<Props extends object>(
  nearId: string,
  load: () => Promise<ComponentType<Props>>,
  when: LoadWhen = 'near',
): NearSection<Props> {
  let loadNow = () => {};
  const now = new Promise<void>((resolve) => {
    loadNow = resolve;
  });
  const Section = lazy(async () => {
    // Asked at the first render, before React has touched the document. With no markup to show, an `intent`
    // section loads at once: it may sit where nothing can observe it (the toolbar's sections have no box).
    if (when === 'near') await whenNear(nearId, now);
    else if (isPrerendered(nearId)) await now;
    return { default: await load() };
  });
  return { Section, loadNow };
}

function HydrationSignal({ onHydrated, children }: { onHydrated: () => void; children: ReactNode }) {
  useEffect(onHydrated, [onHydrated]);
  return children;
}

/**
 * Whether a value the markup shows is unchanged. Sets compare by their members: the view applied from the link
 * after hydration rebuilds the shown and highlighted events as new sets that are often the same.
 */
function isSameShown(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (!(a instanceof Set) || !(b instanceof Set) || a.size !== b.size) return false;
  for (const member of a) if (!b.has(member)) return false;
  return true;
}

interface DeferredSectionProps {
  /** The lazy section with its props. */
  children: ReactElement;
  /**
   * The values its markup shows (a zone, the chosen event, the filters). When one changes before the section
   * has hydrated, the markup on the page no longer says what the view does, so its code loads at once.
   */
  shows: readonly unknown[];
  /** Loads the section's code now: its {@link NearSection.loadNow}. */
  loadNow: () => void;
  /** An id for the section's box, for a section with no anchor of its own around it. */
  id?: string;
}

/**
 * While the section's code is on its way, react-dom stops a click or a focus inside its markup at the root and
 * drops the click: it replays only continuous events on a dehydrated Suspense boundary, never discrete ones
 * (react/react#16725, and the Suspense documentation's "during hydration", reactjs/react.dev#4484). Listening on the window, before the root, the section
 * loads at once when a reader points at, focuses or clicks into it, and a button, link or disclosure whose click was
 * dropped is pressed again once the section answers. A plain click on a link or a disclosure's summary is held back
 * meanwhile (its page would load instead of the choice in this one; the disclosure would open unseen by its code);
 * a click meant for a new tab keeps the browser's behaviour.
 */
function useEarlyInput(scopeRef: RefObject<HTMLElement | null>, isHydrated: boolean, loadNow: () => void) {
  const missedRef = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (isHydrated) return undefined;
    const isInside = (target: EventTarget | null): target is Element =>
      target instanceof Element && scopeRef.current?.contains(target) === true;
    // A pointer over the section, or focus in it: the reader may act on it next, so its code starts loading.
    const onFocus = (event: Event) => {
      if (isInside(event.target)) loadNow();
    };
    const onClickCapture = (event: MouseEvent) => {
      if (!isInside(event.target)) return;
      const control = event.target.closest<HTMLElement>('button, a[href], summary');
      if (control instanceof HTMLAnchorElement) {
        if (!isPlainClick(event)) return;
        event.preventDefault();
      }
      // A disclosure opened now would open unseen by its code (React does not replay its toggle), which would then
      // render it as closed: it opens when pressed again, once the code is there.
      if (control?.tagName === 'SUMMARY') event.preventDefault();
      missedRef.current = control;
      loadNow();
    };
    // A click that reaches the window was not dropped: React handled it.
    const onClickBubble = () => {
      missedRef.current = null;
    };
    window.addEventListener('focusin', onFocus, true);
    window.addEventListener('pointerover', onFocus, true);
    window.addEventListener('click', onClickCapture, true);
    window.addEventListener('click', onClickBubble);
    return () => {
      window.removeEventListener('focusin', onFocus, true);
      window.removeEventListener('pointerover', onFocus, true);
      window.removeEventListener('click', onClickCapture, true);
      window.removeEventListener('click', onClickBubble);
    };
  }, [scopeRef, isHydrated, loadNow]);
  useEffect(() => {
    const missed = missedRef.current;
    missedRef.current = null;
    if (isHydrated && missed?.isConnected === true && scopeRef.current?.contains(missed) === true) missed.click();
  }, [scopeRef, isHydrated]);
}

/**
 * Renders a lazy section inside its own Suspense boundary. Until the section has hydrated, it keeps the very
 * element it first rendered: a dehydrated boundary that receives new props (a measured width, a link's
 * highlight) before its code arrives would throw away the server's HTML and render empty.
 */
export function DeferredSection({ children, shows, loadNow, id }: DeferredSectionProps) {
  const [isHydrated, setIsHydrated] = useState(false);
  const markHydrated = useCallback(() => {
    setIsHydrated(true);
  }, []);
  const wrap = (section: ReactElement) => (
    <Suspense fallback={<div className="deferred-section-placeholder" />}>
      <HydrationSignal onHydrated={markHydrated}>{section}</HydrationSignal>
    </Suspense>
  );
  const [first] = useState(() => ({ element: wrap(children), shows }));
  const isStale =
    !isHydrated &&
    (shows.length !== first.shows.length || shows.some((value, i) => !isSameShown(value, first.shows[i])));
  useEffect(() => {
    if (isStale) loadNow();
  }, [isStale, loadNow]);
  const scopeRef = useRef<HTMLDivElement>(null);
  useEarlyInput(scopeRef, isHydrated, loadNow);
  return (
    <div ref={scopeRef} id={id} className="deferred-section">
      {isHydrated ? wrap(children) : first.element}
    </div>
  );
}
