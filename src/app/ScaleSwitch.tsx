import type { ScaleMode } from '../time/createBaseScale.ts';

interface ScaleSwitchProps {
  scaleMode: ScaleMode;
  onChange: (mode: ScaleMode) => void;
}

/** `label` is what shows; `short` is all a phone shows of it (the name keeps the whole label and the hint). */
const MODES: readonly { mode: ScaleMode; short: string; rest: string; hint: string }[] = [
  { mode: 'sequence', short: 'Story', rest: 'steps', hint: 'events in an order the report allows' },
  { mode: 'chronological', short: 'Clock', rest: 'time', hint: 'events spaced by the hour' },
];

/** Story steps (the default: events in an order the report allows) or clock time (spaced by the hour). */
export function ScaleSwitch({ scaleMode, onChange }: ScaleSwitchProps) {
  return (
    <fieldset className="scale-switch">
      <legend className="visually-hidden">Spacing</legend>
      {MODES.map((m) => (
        <label key={m.mode} className="scale-switch-option">
          <input
            type="radio"
            name="scale-mode"
            value={m.mode}
            checked={scaleMode === m.mode}
            onChange={() => {
              onChange(m.mode);
            }}
          />
          <span>
            {m.short} <span className="visually-hidden-on-phone">{m.rest}</span>
            <span className="visually-hidden"> ({m.hint})</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
