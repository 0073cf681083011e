import { screen } from '@testing-library/react';

/**
 * For tests: waits until the sections App loads on demand (the chronology, the figures ledger, the people and
 * places index, the chart's help, the footer) have rendered. jsdom has no IntersectionObserver, so they load at once, a few ticks later.
 */
export async function waitForDeferredSections({ isEmbed = false } = {}): Promise<void> {
  const options = { timeout: 10_000 };
  await screen.findByRole('list', { name: 'Chronology of events' }, options);
  await screen.findByText('How to read the chart', {}, options);
  if (isEmbed) {
    await screen.findByText(/^About this timeline/, {}, options);
    return;
  }
  await screen.findByRole('heading', { name: 'What the numbers are' }, options);
  await screen.findByRole('heading', { name: 'People, organisations and places' }, options);
  await screen.findByRole('heading', { name: 'About this timeline' }, options);
}
