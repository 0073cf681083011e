// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { deriveStatus } from './deriveStatus.ts';
import type { DocumentId, EntityId, EventId, Source } from './schema.ts';

const perpetrators = new Set(['agency']);
const contradicted = new Set(['contradicted']);
const declined = new Set(['declined']);
const context = {
  isPerpetrator: (id: EntityId) => perpetrators.has(id),
  isContradicted: (id: EventId) => contradicted.has(id),
  isDeclined: (id: EventId) => declined.has(id),
};
const event = (id: string, sources: Source[]) => ({ id: id as EventId, sources });
const said = (by?: string, hedged?: boolean): Source => ({
  document: 'report' as DocumentId,
  paragraph: 1,
  excerpt: 'x',
  ...(by === undefined ? {} : { saidBy: by as EntityId }),
  ...(hedged === undefined ? {} : { hedged }),
});

describe('deriveStatus', () => {
  test('an event another source contradicts is disputed, whoever states it', () => {
    expect(deriveStatus(event('contradicted', [said('agency')]), context)).toBe('disputed');
    expect(deriveStatus(event('contradicted', [said()]), context)).toBe('disputed');
  });

  test('an event another source will not confirm is not confirmed, not disputed, whoever states it', () => {
    expect(deriveStatus(event('declined', [said('agency')]), context)).toBe('unconfirmed');
    expect(deriveStatus(event('declined', [said()]), context)).toBe('unconfirmed');
  });

  test('a contradiction outranks a refusal to confirm', () => {
    const both = { ...context, isDeclined: () => true };
    expect(deriveStatus(event('contradicted', [said()]), both)).toBe('disputed');
  });

  test('an event only the attackers assert is claimed', () => {
    expect(deriveStatus(event('e', [said('agency'), said('agency')]), context)).toBe('claimed');
  });

  test('the attackers plus anyone else is no longer only a claim', () => {
    expect(deriveStatus(event('e', [said('agency'), said('police')]), context)).toBe('attributed');
  });

  test('an event the report hedges is not confirmed', () => {
    expect(deriveStatus(event('e', [said(undefined, true)]), context)).toBe('unconfirmed');
  });

  test('an event in the report’s own voice is stated', () => {
    expect(deriveStatus(event('e', [said('police'), said()]), context)).toBe('stated');
  });

  test('an event resting only on named sources is attributed', () => {
    expect(deriveStatus(event('e', [said('police'), said('witnesses')]), context)).toBe('attributed');
  });
});
