import type { ScaleMode } from '../time/createBaseScale.ts';

interface ScaleSwitchProps {
  scaleMode: ScaleMode;
  onChange: (mode: ScaleMode) => void;
}

const MODES: readonly { mode: ScaleMode; label: string; hint: string }[] = [
  { mode: 'sequence', label: 'Story steps', hint: 'in the order the report gives' },
  { mode: 'chronological', label: 'Clock time', hint: 'spaced by the hour' },
];

/** Story steps (the default: events in an order the report allows) or clock time (spaced by the hour). */
export function ScaleSwitch({ scaleMode, onChange }: ScaleSwitchProps) {
  return (
    <fieldset className="scale-switch">
      <legend>Spacing</legend>
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
            {m.label} <span className="scale-switch-hint">({m.hint})</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
