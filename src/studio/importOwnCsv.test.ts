import { describe, expect, it } from 'vitest';
import { importOwnCsv } from './importOwnCsv.ts';

describe('importOwnCsv', () => {
  it('keeps each kind of time and turns the CSV’s citations into notes, not citations', () => {
    const csv = [
      '\uFEFFid,title,summary,category,status,time_kind,time_basis,time_known,earliest_utc,latest_utc,best_utc,not_before_utc,after,before,sources,related',
      'enter,Gunmen enter,They entered.,Attack,stated,exact,stated,9.20pm,2016-07-01T15:20:00Z,2016-07-01T15:20:00Z,2016-07-01T15:20:00Z,,,,"¶2: gunmen stormed",',
      'about,About ten,Roughly.,Attack,stated,approximate,inferred,about ten,2016-07-01T15:30:00Z,2016-07-01T16:30:00Z,2016-07-01T16:00:00Z,,,,,',
      'siege,Siege,It lasted.,Attack,stated,window-lasting,derived,all night,2016-07-01T15:20:00Z,2016-07-02T02:00:00Z,,,,,,',
      'raid,Raid,After the siege.,Attack,stated,order-only,inferred,later,,,,2016-07-01T17:20:00Z,siege,,,describes:enter',
      "formula,'=1+1,Defused.,Attack,stated,nonsense,stated,x,,,,,,,,",
    ].join('\r\n');
    const result = importOwnCsv(csv);
    if (!result.ok) throw new Error(result.message);
    const { events, warnings } = result.imported;
    expect(events.map((e) => e.time.kind)).toEqual(['exact', 'approximate', 'interval', 'order']);
    expect(events[1]?.time).toMatchObject({ precision: 'hour', at: '2016-07-01T16:00:00Z' });
    expect(events[2]?.time).toMatchObject({ spans: true, basis: 'derived' });
    expect(events[3]?.time).toMatchObject({ after: ['siege'], notBefore: '2016-07-01T17:20:00Z' });
    expect(events[3]?.relations).toEqual([{ kind: 'describes', event: 'enter' }]);
    expect(events[0]?.notes.join(' ')).toMatch(/The CSV cited: ¶2: gunmen stormed/);
    expect(warnings.join(' ')).toMatch(/Row 6 \(“=1\+1”\) was left out/);
  });

  it('refuses a CSV without our columns', () => {
    expect(importOwnCsv('a,b\n1,2')).toMatchObject({ ok: false });
  });
});
