import type { ZoneName } from '../data/schema.ts';
import { formatClock, formatShortDay, isSameZonedDay } from './formatClock.ts';
import type { StepBounds } from './getStorySteps.ts';

/**
 * What the story axis says over a stretch of steps, in the report's clock style and in the display zone: the one
 * time its events share ("9.20pm"), the bounds they share ("After 9.20pm", "Before 9.20pm", "9.20pm to 11pm"),
 * or that no time is given. `withDay` adds the day ("9.20pm, Fri 1 Jul") where a reader needs the date.
 */
export function describeStepBounds({ earliest, latest }: StepBounds, zone: ZoneName, withDay: boolean): string {
  const clock = (t: number) => formatClock(new Date(t), zone);
  const day = (t: number) => (withDay ? `, ${formatShortDay(new Date(t), zone)}` : '');
  if (earliest !== undefined && latest !== undefined) {
    if (earliest === latest) return `${clock(earliest)}${day(earliest)}`;
    const sameDay = isSameZonedDay(new Date(earliest), new Date(latest), zone);
    return `${clock(earliest)}${sameDay ? '' : day(earliest)} to ${clock(latest)}${day(latest)}`;
  }
  if (earliest !== undefined) return `After ${clock(earliest)}${day(earliest)}`;
  if (latest !== undefined) return `Before ${clock(latest)}${day(latest)}`;
  return 'Time not given';
}
