import { render, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, onTestFinished, test, vi } from 'vitest';
import { indexTimeline } from '../data/indexTimeline.ts';
import { timeline } from '../data/loadTimeline.ts';
import type { EntityId, EntityKind, EventId } from '../data/schema.ts';
import { generateTimeline } from '../../tests/support/generateTimeline.ts';
import { deepFreeze } from '../data/deepFreeze.ts';
import { ENTITY_EVENTS_SHOWN, EntityIndex } from './EntityIndex.tsx';
import { getEntityEvents } from '../shared/getEntityEvents.ts';

const index = indexTimeline(timeline);

function getTitle(eventId: string): string {
  const event = index.getEvent(eventId as EventId);
  if (event === undefined) throw new Error(`No event ${eventId} in timeline.json`);
  return event.title;
}

const hrefOf = (id: EventId) => `/events/${id}/`;

function renderIndex(highlightedId?: string) {
  const onHighlight = vi.fn<(id: EntityId | undefined) => void>();
  const onSelectEvent = vi.fn<(id: EventId) => void>();
  const props = { index, onHighlight, onSelectEvent, hrefOf };
  const result = render(<EntityIndex {...props} highlightedId={highlightedId as EntityId | undefined} />);
  const section = screen.getByRole('region', { name: 'People, organisations and places' });
  const rerender = (next: string | undefined) => {
    result.rerender(<EntityIndex {...props} highlightedId={next as EntityId | undefined} />);
  };
  return { section, onHighlight, onSelectEvent, rerender };
}

/** An entity's card, found by its name. */
function getArticle(container: HTMLElement, name: string): HTMLElement {
  return within(container).getByRole('article', { name });
}

/** The article names directly and indirectly inside a list. */
function getArticleNames(list: HTMLElement): string[] {
  return within(list)
    .getAllByRole('article')
    .map((article) => within(article).getByRole('heading', { level: 4 }).textContent);
}

const KIND_LISTS: readonly [EntityKind, string][] = [
  ['place', 'Places'],
  ['person', 'People'],
  ['organisation', 'Organisations'],
  ['group', 'Groups'],
];

describe('EntityIndex', () => {
  test('is a region with its heading, an intro and the kinds in order: places, people, organisations, groups', () => {
    const { section } = renderIndex();
    expect(within(section).getByRole('heading', { level: 2 })).toHaveTextContent('People, organisations and places');
    expect(
      within(section)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Places', 'People', 'Organisations', 'Groups']);
  });

  test('shows every entity exactly once, under its kind', () => {
    const { section } = renderIndex();
    for (const [kind, heading] of KIND_LISTS) {
      const list = within(section).getByRole('list', { name: heading });
      const expected = timeline.entities.filter((e) => e.kind === kind).map((e) => e.name);
      expect(getArticleNames(list).sort(), heading).toEqual([...expected].sort());
    }
    expect(getArticleNames(section).sort()).toEqual(timeline.entities.map((e) => e.name).sort());
  });

  test('nests Holey Artisan Bakery inside Dhaka inside Bangladesh, and not inside Gulshan, which the report only implies', () => {
    const { section } = renderIndex();
    const places = within(section).getByRole('list', { name: 'Places' });
    const inDhaka = within(places).getByRole('list', { name: 'Places in Dhaka' });
    const chain = [
      ['Bangladesh', places],
      ['Dhaka', within(places).getByRole('list', { name: 'Places in Bangladesh' })],
      ['Holey Artisan Bakery', inDhaka],
    ] as const;
    let outer: HTMLElement | undefined;
    for (const [name, list] of chain) {
      if (outer !== undefined) expect(outer).toContainElement(list);
      // The place's own list item belongs to this list, not to one nested deeper.
      expect(getArticle(list, name).closest('ul')).toBe(list);
      outer = list;
    }
    const cafe = getArticle(section, 'Holey Artisan Bakery');
    expect(within(cafe).getByText(/^Within /)).toHaveTextContent(/^Within Dhaka, Bangladesh$/);
    expect(cafe).toHaveTextContent('The report implies it is in Gulshan.');

    const inGulshan = within(places).getByRole('list', { name: 'Places in Gulshan' });
    expect(getArticle(inDhaka, 'Gulshan').closest('ul')).toBe(inDhaka);
    expect(getArticleNames(inGulshan)).toEqual(['A medical centre in Gulshan']);
  });

  test('lists each event once among the places, under the most precise one, and counts the rest as within', () => {
    const { section } = renderIndex();
    const places = within(section).getByRole('list', { name: 'Places' });
    const listedAt = new Map<string, string>();
    for (const article of within(places).getAllByRole('article')) {
      const name = within(article).getByRole('heading', { level: 4 }).textContent;
      const events = within(article).queryByRole('list', { name: /^Events here/ });
      for (const link of events === null ? [] : within(events).getAllByRole('link')) {
        const title = link.textContent;
        expect(listedAt.get(title), `${title} is listed under ${listedAt.get(title) ?? ''} and ${name}`).toBe(
          undefined,
        );
        listedAt.set(title, name);
      }
    }
    expect(listedAt.get('Gunmen burst into the Holey Artisan Bakery')).toBe('Holey Artisan Bakery');
    // No event is at Dhaka itself: its entry counts every event in it, the café's included, as the Dhaka filter does.
    const dhaka = getArticle(places, 'Dhaka');
    const dhakaTotal = getEntityEvents(index, 'dhaka' as EntityId).length;
    expect(within(dhaka).queryByText(/^Events here/)).toBeNull();
    expect(within(dhaka).getByText(/in the places within it, listed under them\.$/)).toHaveTextContent(
      `${dhakaTotal} events in the places within it, listed under them.`,
    );
    // The café's own events are counted in its disclosure's summary.
    const cafe = getArticle(places, 'Holey Artisan Bakery');
    expect(within(cafe).getByText(/^Events here/)).toHaveTextContent(/^Events here \(\d+ of \d+\)$/);
  });

  test('gives each entity its role, its description and the attackers’ side in words', () => {
    const { section } = renderIndex();
    const rizvi = getArticle(section, 'Gowher Rizvi');
    expect(rizvi).toHaveTextContent('Adviser to Prime Minister Sheikh Hasina');
    expect(rizvi).toHaveTextContent(
      'An adviser to the Prime Minister of Bangladesh, who described how the crisis began.',
    );
    expect(rizvi).not.toHaveTextContent('The attackers’ side');
    expect(getArticle(section, 'The gunmen')).toHaveTextContent('The attackers’ side');
    expect(getArticle(section, 'ISIS-linked propaganda agency')).toHaveTextContent('The attackers’ side');
    expect(getArticle(section, 'The group')).toHaveTextContent('The attackers’ side');
    expect(getArticle(section, 'The terrorists')).toHaveTextContent('The attackers’ side');
  });

  test('says the diplomatic quarter and the embassies of the café, as the report does, and not of Gulshan', () => {
    const { section } = renderIndex();
    expect(getArticle(section, 'Holey Artisan Bakery')).toHaveTextContent('diplomatic quarter');
    expect(getArticle(section, 'Gulshan')).not.toHaveTextContent(/diplomatic|embass/);
  });

  test('lists Gowher Rizvi’s events in time order, each a link to its page: the guards’ sighting and his own account', () => {
    const { section } = renderIndex();
    const events = within(getArticle(section, 'Gowher Rizvi')).getByRole('list', { name: 'Events' });
    const links = within(events).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(
      ['guards-spot-gunmen', 'gunmen-storm-cafe', 'rizvi-account'].map(getTitle),
    );
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/events/guards-spot-gunmen/',
      '/events/gunmen-storm-cafe/',
      '/events/rizvi-account/',
    ]);
  });

  test('choosing an event calls onSelectEvent with its id', async () => {
    const user = userEvent.setup();
    const { section, onSelectEvent, onHighlight } = renderIndex();
    await user.click(
      within(getArticle(section, 'Gowher Rizvi')).getByRole('link', { name: getTitle('guards-spot-gunmen') }),
    );
    expect(onSelectEvent).toHaveBeenCalledExactlyOnceWith('guards-spot-gunmen');
    expect(onHighlight).not.toHaveBeenCalled();
  });

  test('before the app runs, and without JavaScript, the events are links and the highlight toggle is disabled', () => {
    // The markup the prerender writes (the server's render, before hydration), parsed as the browser parses it.
    const markup = renderToString(
      <EntityIndex
        index={index}
        highlightedId={undefined}
        onHighlight={() => undefined}
        onSelectEvent={() => undefined}
        hrefOf={hrefOf}
      />,
    );
    const parsed = new DOMParser().parseFromString(markup, 'text/html');
    const container = document.body.appendChild(document.createElement('div'));
    container.append(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
    onTestFinished(() => {
      container.remove();
    });
    const rizvi = getArticle(container, 'Gowher Rizvi');
    expect(within(rizvi).getByRole('link', { name: getTitle('rizvi-account') })).toHaveAttribute(
      'href',
      '/events/rizvi-account/',
    );
    const toggles = within(container).getAllByRole('button');
    expect(toggles).toHaveLength(timeline.entities.length);
    for (const toggle of toggles) {
      expect(toggle).toHaveAccessibleName('Highlight its events on the timeline');
      expect(toggle).toBeDisabled();
    }
  });

  test('the highlight toggle asks to highlight, reflects aria-pressed from props, and asks to stop', async () => {
    const user = userEvent.setup();
    const { section, onHighlight, rerender } = renderIndex();
    const rizvi = getArticle(section, 'Gowher Rizvi');
    const toggle = within(rizvi).getByRole('button', { name: 'Highlight its events on the timeline' });
    // Rendered in the browser, the app runs: the toggle can be pressed.
    expect(toggle).toBeEnabled();
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(within(rizvi).queryByText('Highlighted')).not.toBeInTheDocument();

    await user.click(toggle);
    expect(onHighlight).toHaveBeenLastCalledWith('gowher-rizvi');
    // The index does not hold the highlight itself: it shows what its props say.
    expect(toggle).toHaveAttribute('aria-pressed', 'false');

    rerender('gowher-rizvi');
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(within(rizvi).getByText('Highlighted')).toBeVisible();
    const others = within(section).getAllByRole('button', {
      name: 'Highlight its events on the timeline',
      pressed: true,
    });
    expect(others).toEqual([toggle]);

    await user.click(toggle);
    expect(onHighlight).toHaveBeenLastCalledWith(undefined);
    expect(onHighlight).toHaveBeenCalledTimes(2);
  });

  test('opens what the report says with each passage’s paragraph and speaker', async () => {
    const user = userEvent.setup();
    const { section } = renderIndex();
    const cafe = getArticle(section, 'Holey Artisan Bakery');
    const passage = within(cafe).getByText('which was packed with people waiting for tables');
    expect(passage).not.toBeVisible();

    await user.click(within(cafe).getByText('What the report says (3 passages)'));
    expect(passage).toBeVisible();
    const fromParagraph20 = within(cafe).getAllByText(/^Paragraph 20/);
    expect(fromParagraph20).toHaveLength(2);
    for (const citation of fromParagraph20) expect(citation).toBeVisible();
    expect(within(cafe).getByText(/^Paragraph 18/)).toHaveTextContent(
      'Paragraph 18 of the report, attributed to Gowher Rizvi',
    );
    expect(within(getArticle(section, 'Dhaka')).getByText('What the report says (1 passage)')).toBeInTheDocument();
  });
});

describe('an entity named in many events (a generated timeline of 300)', () => {
  const long = indexTimeline(deepFreeze(generateTimeline({ events: 300 })));
  // Not a place: a place lists only the events right at it (the rest under the places within it).
  const [busiest] = [...long.timeline.entities]
    .filter((entity) => entity.kind !== 'place')
    .map((entity) => ({ entity, events: getEntityEvents(long, entity.id) }))
    .sort((a, b) => b.events.length - a.events.length);
  if (busiest === undefined) throw new Error('The generated timeline names no entity.');

  test('lists its first events, and the rest behind a disclosure that opens without JavaScript', async () => {
    expect(busiest.events.length).toBeGreaterThan(ENTITY_EVENTS_SHOWN);
    const user = userEvent.setup();
    render(
      <EntityIndex
        index={long}
        highlightedId={undefined}
        onHighlight={() => undefined}
        onSelectEvent={() => undefined}
        hrefOf={hrefOf}
      />,
    );
    const entry = screen.getByRole('article', { name: busiest.entity.name });
    const first = within(within(entry).getByRole('list', { name: 'Events' })).getAllByRole('link');
    expect(first.map((link) => link.textContent)).toEqual(
      busiest.events.slice(0, ENTITY_EVENTS_SHOWN).map((id) => long.getEvent(id)?.title),
    );
    const moreCount = busiest.events.length - ENTITY_EVENTS_SHOWN;
    const moreName = moreCount === 1 ? '1 more event' : `${moreCount} more events`;
    // Its events are behind a disclosure of their own; the rest wait behind a second one inside it.
    await user.click(within(entry).getByText('Events', { selector: 'span' }));
    const summary = within(entry).getByText(moreName, { selector: 'summary' });
    expect(summary).toHaveAccessibleDescription(busiest.entity.name);
    const more = within(entry).getByRole('list', { name: moreName });
    const rest = within(more).getAllByRole('link');
    for (const link of rest) expect(link).not.toBeVisible();
    expect(within(entry).queryByRole('button', { name: /^Show all/ })).toBeNull();

    await user.click(summary);
    for (const link of rest) expect(link).toBeVisible();
    expect([...first, ...rest].map((link) => link.getAttribute('href'))).toEqual(busiest.events.map(hrefOf));
  });
});
