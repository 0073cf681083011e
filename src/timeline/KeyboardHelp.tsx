import { KEY_BINDINGS } from '../shared/keyBindings.ts';

/** The visible list of keyboard shortcuts. */
export function KeyboardHelp() {
  return (
    <details className="keyboard-help">
      <summary>Keyboard shortcuts</summary>
      <p className="keyboard-help-intro">Tab to the chart, then:</p>
      <dl className="keyboard-help-list">
        {KEY_BINDINGS.map((binding) => (
          <div key={binding.keys}>
            <dt>
              <kbd>{binding.keys}</kbd>
            </dt>
            <dd>{binding.action}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
