import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, expect } from 'vitest';

// The zone is set in vite.config.ts before any worker starts; a worker that finds another was started wrongly.
expect(process.env.TZ).toBe('America/Los_Angeles');
expect(new Date('2016-07-01T12:00:00Z').getTimezoneOffset()).toBe(420);

afterEach(() => {
  cleanup();
});
