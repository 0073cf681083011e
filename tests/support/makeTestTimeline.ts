/** A small, valid timeline for tests to break one field at a time. Not shipped: only tests import it. */
export function makeTestTimeline() {
  return {
    meta: {
      title: 'A test timeline',
      updated: '2026-12-03',
      description: 'Three events for tests.',
      zone: 'Asia/Dhaka',
      contentNote: 'A test content note.',
      context: [],
    },
    documents: [{ id: 'report', title: 'A test report', paragraphCount: 5, furniture: [4] }],
    categories: [
      { id: 'attack', label: 'The attack', description: 'What the attackers did.' },
      { id: 'claims', label: 'Claims', description: 'What was said.' },
    ],
    events: [
      {
        id: 'entry',
        title: 'Gunmen enter',
        summary: 'Gunmen entered.',
        time: { kind: 'exact', at: '2016-07-01T21:20:00+06:00', basis: 'stated', known: 'Stated.' },
        category: 'attack',
        status: 'stated',
        entities: ['gunmen'],
        sources: [{ document: 'report', paragraph: 1, excerpt: 'gunmen entered' }],
      },
      {
        id: 'claim',
        title: 'The attackers claim a toll',
        summary: 'They claimed a toll.',
        time: { kind: 'order', after: ['entry'], before: [], basis: 'inferred', known: 'Not given.' },
        category: 'claims',
        status: 'unconfirmed',
        entities: ['gunmen'],
        sources: [{ document: 'report', paragraph: 2, excerpt: 'claimed a toll', saidBy: 'gunmen' }],
      },
      {
        id: 'denial',
        title: 'Police decline to confirm',
        summary: 'Police would not confirm the toll.',
        time: {
          kind: 'interval',
          earliest: '2016-07-01T23:00:00+06:00',
          latest: '2016-07-02T06:00:00+06:00',
          spans: false,
          basis: 'inferred',
          known: 'Some time that night.',
        },
        category: 'claims',
        status: 'attributed',
        entities: ['police'],
        relations: [{ kind: 'declines-to-confirm', event: 'claim' }],
        sources: [{ document: 'report', paragraph: 3, excerpt: 'police would not confirm', saidBy: 'police' }],
      },
    ],
    entities: [
      {
        id: 'gunmen',
        name: 'The gunmen',
        kind: 'group',
        description: 'The attackers.',
        isPerpetrator: true,
        sources: [{ document: 'report', paragraph: 1, excerpt: 'gunmen' }],
      },
      {
        id: 'police',
        name: 'Police',
        kind: 'organisation',
        description: 'The police.',
        sources: [{ document: 'report', paragraph: 3, excerpt: 'police' }],
      },
    ],
    figures: [
      {
        id: 'claimed-toll',
        measure: 'killed',
        subject: 'victims',
        value: { qualifier: 'exactly', value: 24 },
        saidBy: 'gunmen',
        notConfirmedBy: ['police'],
        event: 'claim',
        about: [],
        sources: [{ document: 'report', paragraph: 2, excerpt: 'claimed a toll', saidBy: 'gunmen' }],
      },
    ],
    corrections: [
      {
        id: 'toll-not-confirmed',
        date: '2026-12-01',
        records: ['claim'],
        what: 'The claimed toll is not confirmed, not disputed.',
        why: 'Police would not confirm it; they did not contradict it.',
      },
    ],
  };
}
