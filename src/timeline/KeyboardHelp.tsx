/** Every key the chart answers to; the same list drives the help and the tests. */
export const KEY_BINDINGS: readonly { keys: string; action: string }[] = [
  { keys: '← / →', action: 'previous / next event in time order' },
  { keys: 'Home / End', action: 'first / last event' },
  { keys: 'Enter or Space', action: 'open the event’s details' },
  { keys: '+ / −', action: 'zoom in / out' },
  { keys: '0', action: 'fit the whole story' },
  { keys: 'Shift + ← / →', action: 'pan earlier / later' },
  { keys: 'Escape', action: 'close the details' },
];

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
