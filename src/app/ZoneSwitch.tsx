import type { DeepReadonly } from '../data/deepFreeze.ts';
import type { Meta, ZoneName } from '../data/schema.ts';
import { formatZoneLabel, UTC } from '../time/zones.ts';

interface ZoneSwitchProps {
  /** The zone times are shown in. */
  zone: ZoneName;
  /** The zone the events happened in (`meta.zone`), offered first. */
  homeZone: ZoneName;
  /** Other zones the report gives times in (`meta.otherZones`), each with why. */
  otherZones: DeepReadonly<Meta['otherZones']>;
  /** The reader's own zone, when the browser gives it. */
  readerZone: ZoneName | undefined;
  /** An instant of the story, for the offsets in force then. */
  at: Date;
  onChange: (zone: ZoneName) => void;
}

/**
 * Picks the zone every time is shown in: where it happened, the zones the report gives times in (London for its
 * "BST"), UTC, or the reader's own.
 */
export function ZoneSwitch({ zone, homeZone, otherZones = [], readerZone, at, onChange }: ZoneSwitchProps) {
  const options: { zone: ZoneName; label: string }[] = [
    { zone: homeZone, label: `${formatZoneLabel(homeZone, at)}, where it happened` },
  ];
  for (const other of otherZones) {
    if (!options.some((o) => o.zone === other.zone)) {
      options.push({ zone: other.zone, label: `${formatZoneLabel(other.zone, at)}, ${other.why}` });
    }
  }
  if (!options.some((o) => o.zone === UTC)) options.push({ zone: UTC, label: 'UTC' });
  if (readerZone !== undefined && !options.some((o) => o.zone === readerZone)) {
    options.push({ zone: readerZone, label: `Your zone: ${formatZoneLabel(readerZone, at)}` });
  }
  if (!options.some((o) => o.zone === zone)) options.push({ zone, label: formatZoneLabel(zone, at) });
  return (
    <label className="zone-switch">
      <span className="zone-switch-label visually-hidden-on-phone">Show times in</span>
      <select
        value={zone}
        onChange={(event) => {
          const chosen = options.find((o) => o.zone === event.target.value);
          if (chosen !== undefined) onChange(chosen.zone);
        }}
      >
        {options.map((o) => (
          <option key={o.zone} value={o.zone}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
