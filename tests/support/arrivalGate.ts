/**
 * A gate that a mocked module's import waits at, so a unit test decides when a lazily loaded chunk arrives: the
 * network is as slow as the test needs it to be. Made inside `vi.hoisted` (with a dynamic import), since the
 * mocks that use it are hoisted above the test file's imports.
 */
export interface ArrivalGate {
  /** Resolves once the gate is open (at once if it is). */
  wait: () => Promise<void>;
  /** Opens the gate: what waits arrives now, and what asks later arrives at once. */
  open: () => void;
  /** Closes the gate again, for the next test. */
  close: () => void;
}

export function createArrivalGate(): ArrivalGate {
  let isOpen = false;
  const waiting: (() => void)[] = [];
  return {
    wait: () => (isOpen ? Promise.resolve() : new Promise<void>((resolve) => waiting.push(resolve))),
    open: () => {
      isOpen = true;
      for (const resolve of waiting.splice(0)) resolve();
    },
    close: () => {
      isOpen = false;
    },
  };
}
