import { useEffect, useState } from 'react';

/** How long the hint that Ctrl + scroll zooms stays on the chart, ms. */
const WHEEL_HINT_MS = 2500;

/** Whether the wheel hint shows, and what a plain wheel over the chart calls. */
export interface WheelHint {
  /** True while the hint is on the chart. */
  isWheelHintShown: boolean;
  /** A plain wheel passed over the chart: shows the hint, the first time only. */
  showWheelHint: () => void;
}

/** A plain wheel scrolls the page; the first time it passes over the chart, a short hint says how to zoom. */
export function useWheelHint(): WheelHint {
  const [wheelHint, setWheelHint] = useState<'unseen' | 'shown' | 'seen'>('unseen');
  const showWheelHint = () => {
    if (wheelHint === 'unseen') setWheelHint('shown');
  };
  useEffect(() => {
    if (wheelHint !== 'shown') return undefined;
    const timer = window.setTimeout(() => setWheelHint('seen'), WHEEL_HINT_MS);
    return () => window.clearTimeout(timer);
  }, [wheelHint]);
  return { isWheelHintShown: wheelHint === 'shown', showWheelHint };
}
