import type { ScaleMode } from '../time/createBaseScale.ts';

interface ScaleSwitchProps {
  scaleMode: ScaleMode;
  onChange: (mode: ScaleMode) => void;
}

const MODES: readonly { mode: ScaleMode; label: string; hint: string }[] = [
  { mode: 'chronological', label: 'True time', hint: 'spaced by the clock' },
  { mode: 'sequence', label: 'Story order', hint: 'evenly spaced in order' },
];

/** Chronological (true time) or sequence (events evenly spaced in order). */
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
