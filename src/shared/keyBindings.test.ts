// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { getKeyCommand, KEY_BINDINGS } from './keyBindings.ts';

describe('getKeyCommand', () => {
  test('every press in the table asks for its own command', () => {
    for (const { presses } of KEY_BINDINGS) {
      for (const { key, withShift = false, command } of presses) {
        expect(getKeyCommand({ key, shiftKey: withShift })).toBe(command);
      }
    }
  });

  test('Shift with an arrow pans; the arrow alone moves between events', () => {
    expect(getKeyCommand({ key: 'ArrowRight', shiftKey: true })).toBe('pan-later');
    expect(getKeyCommand({ key: 'ArrowLeft', shiftKey: true })).toBe('pan-earlier');
    expect(getKeyCommand({ key: 'ArrowRight', shiftKey: false })).toBe('next');
  });

  test('a key that needs Shift to type ("+") still zooms with Shift held', () => {
    expect(getKeyCommand({ key: '+', shiftKey: true })).toBe('zoom-in');
  });

  test('leaves every other key to the browser', () => {
    for (const key of ['Tab', 'a', '/', 'ArrowUp', 'PageDown'])
      expect(getKeyCommand({ key, shiftKey: false })).toBeUndefined();
  });

  test('the help names every command once', () => {
    const commands = KEY_BINDINGS.flatMap(({ presses }) => presses.map((press) => press.command));
    expect(new Set(commands)).toEqual(
      new Set([
        'previous',
        'next',
        'first',
        'last',
        'open',
        'zoom-in',
        'zoom-out',
        'fit',
        'pan-earlier',
        'pan-later',
        'close',
      ]),
    );
  });
});
