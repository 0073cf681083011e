import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, expect } from 'vitest';

// The zone is set in vite.config.ts before any worker starts; a worker that finds another was started wrongly.
expect(process.env.TZ).toBe('America/Los_Angeles');
expect(new Date('2016-07-01T12:00:00Z').getTimezoneOffset()).toBe(420);

// Lazily loaded sections (the filter options, the panel) arrive by dynamic import: on a loaded 2-core machine that
// can take longer than Testing Library's default second of waiting, which is a slow machine, not a failure. Five
// seconds ran out once in CI while two other builds shared the cores; a wait that is met returns at once.
configure({ asyncUtilTimeout: 15_000 });

afterEach(() => {
  cleanup();
});
