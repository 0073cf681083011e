import { describe, expect, test } from 'vitest';
import type { EventId } from '../data/schema.ts';
import { formatBuiltPageAttributes, readAddressKind, readBuiltPage } from './builtPage.ts';
import type { BuiltPage } from './builtPage.ts';

function roundTrip(page: BuiltPage): BuiltPage | undefined {
  // The markup the prerender writes, parsed as the browser parses the page.
  const parsed = new DOMParser().parseFromString(
    `<div id="root"${formatBuiltPageAttributes(page)}></div>`,
    'text/html',
  );
  const root = parsed.getElementById('root');
  if (root === null) throw new Error('no root');
  return readBuiltPage(root);
}

describe('a built page names the view its markup shows', () => {
  test('each kind of page reads back as written', () => {
    const pages: BuiltPage[] = [
      { kind: 'view', eventId: undefined, isEmbed: false },
      { kind: 'view', eventId: 'gunmen-killed' as EventId, isEmbed: false },
      { kind: 'view', eventId: 'gunmen-killed' as EventId, isEmbed: true },
      { kind: 'not-found' },
    ];
    for (const page of pages) expect(roundTrip(page)).toEqual(page);
  });

  test('a page built by no prerender names nothing', () => {
    expect(readBuiltPage(document.createElement('div'))).toBeUndefined();
  });

  test('an id that is not a slug is refused rather than written into markup', () => {
    expect(() => formatBuiltPageAttributes({ kind: 'view', eventId: '"><script>' as EventId, isEmbed: false })).toThrow(
      /not a slug/,
    );
  });
});

describe('readAddressKind', () => {
  test('tells the embed and event addresses apart, under the site’s base path', () => {
    expect(readAddressKind('/', '/')).toEqual({ isEmbed: false, isEventPath: false });
    expect(readAddressKind('/events/x/', '/')).toEqual({ isEmbed: false, isEventPath: true });
    expect(readAddressKind('/events/%2Fx/junk', '/')).toEqual({ isEmbed: false, isEventPath: true });
    expect(readAddressKind('/embed/events/x/', '/')).toEqual({ isEmbed: true, isEventPath: true });
    expect(readAddressKind('/embed/', '/')).toEqual({ isEmbed: true, isEventPath: false });
    expect(readAddressKind('/events/', '/')).toEqual({ isEmbed: false, isEventPath: false });
    expect(readAddressKind('/no-such-page', '/')).toEqual({ isEmbed: false, isEventPath: false });
    expect(readAddressKind('/sub/embed/events/x/', '/sub/')).toEqual({ isEmbed: true, isEventPath: true });
    expect(readAddressKind('/events/x/', '/sub/')).toEqual({ isEmbed: false, isEventPath: false });
  });
});
