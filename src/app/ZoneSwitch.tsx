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

/** One group of the zone menu: what its zones are to this story, and each zone with its label. */
interface ZoneGroup {
  label: string;
  options: { zone: ZoneName; label: string }[];
}

/**
 * Picks the zone every time is shown in: where it happened, the zones the report gives times in (London for its
 * "BST"), UTC, or the reader's own. What each zone is to the story is said by its group, so the closed menu
 * shows a short name that fits a phone ("Dhaka (UTC+6)"), not a clipped sentence.
 */
export function ZoneSwitch({ zone, homeZone, otherZones = [], readerZone, at, onChange }: ZoneSwitchProps) {
  const home: ZoneGroup = {
    label: 'Where it happened',
    options: [{ zone: homeZone, label: formatZoneLabel(homeZone, at) }],
  };
  const reported: ZoneGroup = { label: 'Also in the report', options: [] };
  const others: ZoneGroup = { label: 'Other zones', options: [] };
  const groups = [home, reported, others];
  const isListed = (z: ZoneName) => groups.some((group) => group.options.some((o) => o.zone === z));
  for (const other of otherZones) {
    if (!isListed(other.zone)) {
      reported.options.push({ zone: other.zone, label: `${formatZoneLabel(other.zone, at)}, ${other.why}` });
    }
  }
  if (!isListed(UTC)) others.options.push({ zone: UTC, label: 'UTC' });
  if (readerZone !== undefined && !isListed(readerZone)) {
    others.options.push({ zone: readerZone, label: `Your zone: ${formatZoneLabel(readerZone, at)}` });
  }
  if (!isListed(zone)) others.options.push({ zone, label: formatZoneLabel(zone, at) });
  const options = groups.flatMap((group) => group.options);
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
        {groups
          .filter((group) => group.options.length > 0)
          .map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((o) => (
                <option key={o.zone} value={o.zone}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ))}
      </select>
    </label>
  );
}
