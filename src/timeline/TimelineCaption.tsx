import type { ZoneName } from '../data/schema.ts';
import type { ScaleMode } from '../time/createBaseScale.ts';
import { formatZoneLabel } from '../time/zones.ts';

interface TimelineCaptionProps {
  mode: ScaleMode;
  zone: ZoneName;
  /** The story's start, epoch ms: the zone's name and offset are those in force then. */
  start: number;
}

/** The line under the chart's heading: what its columns mean, in which zone. */
export function TimelineCaption({ mode, zone, start }: TimelineCaptionProps) {
  return (
    <p className="timeline-caption">
      {mode === 'sequence' ? (
        <>
          Columns are steps, not times
          {/* A phone keeps the short form; "How to read the chart" says it in full too. */}
          <span className="timeline-caption-more">, in an order the report allows</span>.{' '}
          {formatZoneLabel(zone, new Date(start))}.
        </>
      ) : (
        `Spaced by the clock, in ${formatZoneLabel(zone, new Date(start))}. An event with no time given fades on from the earliest it can be.`
      )}
    </p>
  );
}
