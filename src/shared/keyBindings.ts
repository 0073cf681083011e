/**
 * Every key the reader's page answers to beyond the browser's own: the chart's keys and Escape in the details.
 * One table, read by the chart's key handler, the details panel, the visible help and the tests.
 */

/** What a key press asks for. */
export type KeyCommand =
  | 'previous'
  | 'next'
  | 'first'
  | 'last'
  | 'open'
  | 'zoom-in'
  | 'zoom-out'
  | 'fit'
  | 'pan-earlier'
  | 'pan-later'
  | 'close';

/** One key, as `KeyboardEvent.key` names it, and what it asks for. */
export interface KeyPress {
  /** The `KeyboardEvent.key` value: "ArrowLeft", "+", " " for Space. */
  key: string;
  /** True when the binding needs Shift held; a press with Shift matches it before a binding without. */
  withShift?: boolean;
  /** What the press asks for. */
  command: KeyCommand;
}

/** One line of the help: the keys as the help shows them, what they do, and the presses they stand for. */
export interface KeyBinding {
  /** The keys, as the help shows them: "← / →". */
  keys: string;
  /** What they do, in words: "previous / next event in time order". */
  action: string;
  /** The presses the line stands for. */
  presses: readonly KeyPress[];
}

/** Every binding, in the order the help lists them. */
export const KEY_BINDINGS: readonly KeyBinding[] = [
  {
    keys: '← / →',
    action: 'previous / next event in time order',
    presses: [
      { key: 'ArrowLeft', command: 'previous' },
      { key: 'ArrowRight', command: 'next' },
    ],
  },
  {
    keys: 'Home / End',
    action: 'first / last event',
    presses: [
      { key: 'Home', command: 'first' },
      { key: 'End', command: 'last' },
    ],
  },
  {
    keys: 'Enter or Space',
    action: 'open the event’s details',
    presses: [
      { key: 'Enter', command: 'open' },
      { key: ' ', command: 'open' },
    ],
  },
  {
    keys: '+ / −',
    action: 'zoom in / out',
    // "=" and "_" are "+" and "−" without Shift on many keyboards; "−" is the minus sign some keyboards type.
    presses: [
      { key: '+', command: 'zoom-in' },
      { key: '=', command: 'zoom-in' },
      { key: '-', command: 'zoom-out' },
      { key: '_', command: 'zoom-out' },
      { key: '−', command: 'zoom-out' },
    ],
  },
  { keys: '0', action: 'fit the whole story', presses: [{ key: '0', command: 'fit' }] },
  {
    keys: 'Shift + ← / →',
    action: 'pan earlier / later',
    presses: [
      { key: 'ArrowLeft', withShift: true, command: 'pan-earlier' },
      { key: 'ArrowRight', withShift: true, command: 'pan-later' },
    ],
  },
  { keys: 'Escape', action: 'close the details', presses: [{ key: 'Escape', command: 'close' }] },
];

const PRESSES = KEY_BINDINGS.flatMap((binding) => binding.presses);

/** What a key press asks for, or undefined for a key the page leaves to the browser. */
export function getKeyCommand(event: { key: string; shiftKey: boolean }): KeyCommand | undefined {
  const withShift = event.shiftKey
    ? PRESSES.find((press) => press.withShift === true && press.key === event.key)
    : undefined;
  return (withShift ?? PRESSES.find((press) => press.withShift !== true && press.key === event.key))?.command;
}
