import type { ZoneName } from '../data/schema.ts';
import { DHAKA, formatZoneLabel, LONDON, UTC } from '../time/zones.ts';

interface ZoneSwitchProps {
  zone: ZoneName;
  /** The reader's own zone, when the browser gives it. */
  readerZone: ZoneName | undefined;
  /** An instant of the story, for the offsets in force then. */
  at: Date;
  onChange: (zone: ZoneName) => void;
}

/** Picks the zone every time is shown in: Dhaka, London, UTC or the reader's own. */
export function ZoneSwitch({ zone, readerZone, at, onChange }: ZoneSwitchProps) {
  const options: { zone: ZoneName; label: string }[] = [
    { zone: DHAKA, label: `${formatZoneLabel(DHAKA, at)}, where it happened` },
    { zone: LONDON, label: `${formatZoneLabel(LONDON, at)}, the report’s “BST”` },
    { zone: UTC, label: 'UTC' },
  ];
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
