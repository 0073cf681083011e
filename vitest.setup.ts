import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Tests run in a zone that is neither UTC nor Dhaka, so zone bugs show; Node re-reads TZ on assignment.
process.env.TZ = 'America/Los_Angeles';

afterEach(() => {
  cleanup();
});
