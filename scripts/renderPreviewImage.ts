/**
 * Open Graph preview images, made at build time: a 1200 × 630 card for the home page and one for each event.
 * An event's card gives its title, its time in words, its status in words and a sequence strip: the story's
 * events as equal steps in the order the data lists them (an order the report allows), the event highlighted
 * and only the steps whose time the report gives labelled with it. Nothing is placed on a clock axis, so no
 * card shows a time the report does not give. The SVG is rasterised by resvg with the Inter font from an npm
 * package, and text is measured with opentype.js from the same files, so every machine draws the same image.
 */
import { tzOffset } from '@date-fns/tz';
import { Resvg } from '@resvg/resvg-js';
import type { DeepReadonly } from '../src/data/deepFreeze.ts';
import { indexTimeline } from '../src/data/indexTimeline.ts';
import type { TimelineIndex } from '../src/data/indexTimeline.ts';
import type { LoadedTimeline } from '../src/data/parseTimeline.ts';
import type { EventId, TimelineEvent, ZoneName } from '../src/data/schema.ts';
import { escapeMarkup } from '../src/shared/escapeMarkup.ts';
import { describePreviewStatus, describePreviewTime, getStepTimeLabel } from './preview/describePreviewEvent.ts';
import { fitText } from '../src/shared/fitText.ts';
import type { FittedText } from '../src/shared/fitText.ts';
import { formatCalendarDay } from './preview/formatPreviewDate.ts';
import { FONT_FAMILY, FONT_FILES, measureText } from './preview/measureText.ts';
import type { FontWeight } from './preview/measureText.ts';
import { toDrawableText } from './preview/toDrawableText.ts';

/** Width of a preview image, px: the Open Graph recommendation. */
export const PREVIEW_WIDTH = 1200;
/** Height of a preview image, px. */
export const PREVIEW_HEIGHT = 630;
/** Left edge of the box every text stays inside, px. */
export const TEXT_LEFT = 64;
/** Right edge of the box every text stays inside, px. */
export const TEXT_RIGHT = PREVIEW_WIDTH - 64;

/** What to draw: the timeline, and on an event's page the event to highlight. */
export interface PreviewInput {
  timeline: LoadedTimeline;
  /** The event whose page the image is for; left out for the home page. */
  highlightId?: EventId;
}

/** The line above the title on the home page's image. */
export const HOME_SUBTITLE = 'A sourced timeline of one news report';

const BACKGROUND = '#fbfaf7';
const TEXT = '#1c1f24';
const MUTED = '#4d535c';
const ACCENT = '#1d4f91';
const RULE = '#d9d5cc';

const TEXT_WIDTH = TEXT_RIGHT - TEXT_LEFT;
const KICKER_BASELINE = 64;
const KICKER_SIZE = 17;
const LABEL_SIZE = 14;
/** Letter spacing of the small capitals of kickers and row labels, px. */
const CAPS_SPACING = 1.2;
/** Width of the column of row labels ("WHEN", "STATUS") on an event's card, px. */
const LABEL_COLUMN = 124;
/** The lowest any text above the strip may reach, px: the strip's caption starts below it. */
const TEXT_BOTTOM = 424;

const STRIP_CAPTION_BASELINE = 456;
const STRIP_LABEL_BASELINE = 490;
const STRIP_Y = 512;
const STRIP_NOTE_BASELINE = 548;
const STRIP_LEFT = TEXT_LEFT + 10;
const STRIP_RIGHT = TEXT_RIGHT - 10;
const STEP_RADIUS = 5;
const CURRENT_RADIUS = 9;
const STRIP_LABEL_SIZE = 16;

const FOOTER_RULE_Y = 572;
const FOOTER_BASELINE = 603;
const FOOTER_SIZE = 16;

/** The SVG of the preview: the picture `renderPreviewImage` rasterises. */
export function renderPreviewSvg(input: PreviewInput): string {
  const { timeline, highlightId } = input;
  const zone = timeline.meta.zone;
  // An unknown zone would print "UTC−NaN:NaN" on every card; the validator refuses it, and so does the renderer.
  if (Number.isNaN(tzOffset(zone, new Date(0)))) {
    throw new Error(`renderPreviewSvg: meta.zone "${zone}" is not a time zone`);
  }
  const index = indexTimeline(timeline);
  const highlighted = highlightId === undefined ? undefined : index.getEvent(highlightId);
  if (highlightId !== undefined && highlighted === undefined) {
    throw new Error(`renderPreviewSvg: no event has the id "${highlightId}"`);
  }

  const parts = [
    `<rect width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" fill="${BACKGROUND}"/>`,
    `<rect width="${PREVIEW_WIDTH}" height="8" fill="${ACCENT}"/>`,
    ...(highlighted === undefined ? drawHomeText(timeline, index) : drawEventText(highlighted, timeline, index)),
    ...drawStrip(timeline.events, highlighted?.id, zone),
    ...drawFooter(timeline),
  ];
  const label = highlighted === undefined ? timeline.meta.title : `${highlighted.title}: ${timeline.meta.title}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" viewBox="0 0 ${PREVIEW_WIDTH} ${PREVIEW_HEIGHT}" role="img" aria-label="${escapeXml(toDrawableText(label))}" font-family="${FONT_FAMILY}">`,
    ...parts,
    '</svg>',
  ].join('\n');
}

/** The preview as PNG bytes, 1200 × 630. */
export function renderPreviewImage(input: PreviewInput): Buffer {
  const resvg = new Resvg(renderPreviewSvg(input), {
    fitTo: { mode: 'original' },
    background: BACKGROUND,
    font: {
      fontFiles: [FONT_FILES.regular, FONT_FILES.bold],
      loadSystemFonts: false,
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
  });
  return resvg.render().asPng();
}

/** Text made safe to put in SVG content or a quoted attribute. */
export const escapeXml = escapeMarkup;

/** The home card's words: what the timeline is, its title, the time the report gives, and what it rests on. */
function drawHomeText(timeline: LoadedTimeline, index: TimelineIndex): string[] {
  const { meta, events } = timeline;
  const anchors = events.filter((e) => e.time.kind !== 'order');
  const first = anchors[0];
  const anchorHeading =
    first === undefined
      ? 'The report gives no clock time'
      : anchors.length === 1
        ? 'The one time the report gives'
        : `The first of ${anchors.length} times the report gives`;
  const getTitle = (id: EventId) => index.getEvent(id)?.title ?? id;

  return fitVertically((scale) => {
    const parts = [caps(HOME_SUBTITLE, TEXT_LEFT, KICKER_BASELINE, KICKER_SIZE, ACCENT)];
    let y = KICKER_BASELINE + 16;
    y = block(parts, meta.title, y, { maxSize: 60 * scale, minSize: 36, maxLines: 2, weight: 'bold', fill: TEXT });
    y += 28;
    parts.push(caps(anchorHeading, TEXT_LEFT, y + LABEL_SIZE, LABEL_SIZE, MUTED));
    y += LABEL_SIZE + 10;
    if (first !== undefined) {
      const when = describePreviewTime(first.time, meta.zone, getTitle);
      y = block(parts, when, y, { maxSize: 30 * scale, minSize: 20, maxLines: 2, weight: 'bold', fill: TEXT });
      y = block(parts, first.title, y + 4, {
        maxSize: 24 * scale,
        minSize: 18,
        maxLines: 2,
        weight: 'regular',
        fill: TEXT,
      });
    }
    y = block(parts, meta.description, y + 18, {
      maxSize: 20 * scale,
      minSize: 15,
      maxLines: 2,
      weight: 'regular',
      fill: MUTED,
    });
    return { parts, bottom: y };
  });
}

/** An event card's words: the timeline it belongs to, the event's title, its time and its status in words. */
function drawEventText(event: DeepReadonly<TimelineEvent>, timeline: LoadedTimeline, index: TimelineIndex): string[] {
  const getTitle = (id: EventId) => index.getEvent(id)?.title ?? id;
  const when = describePreviewTime(event.time, timeline.meta.zone, getTitle);
  const status = describePreviewStatus(event, index);
  const valueLeft = TEXT_LEFT + LABEL_COLUMN;
  const valueWidth = TEXT_WIDTH - LABEL_COLUMN;

  return fitVertically((scale, isFull) => {
    const parts = [caps(timeline.meta.title, TEXT_LEFT, KICKER_BASELINE, KICKER_SIZE, ACCENT)];
    let y = KICKER_BASELINE + 14;
    y = block(parts, event.title, y, { maxSize: 52 * scale, minSize: 32, maxLines: 2, weight: 'bold', fill: TEXT });
    if (isFull) {
      y = block(parts, event.summary, y + 12, {
        maxSize: 21 * scale,
        minSize: 16,
        maxLines: 3,
        weight: 'regular',
        fill: MUTED,
      });
    }
    y += 26;
    y = block(parts, when, y, {
      maxSize: 25 * scale,
      minSize: 18,
      maxLines: 3,
      weight: 'regular',
      fill: TEXT,
      x: valueLeft,
      width: valueWidth,
      label: 'When',
    });
    // A time the card states gets its provenance beside it: how the report gives it, and what is added.
    if (event.time.kind !== 'order') {
      y = block(parts, event.time.known, y + 2, {
        maxSize: 18 * scale,
        minSize: 14,
        maxLines: 2,
        weight: 'regular',
        fill: MUTED,
        x: valueLeft,
        width: valueWidth,
      });
    }
    y = block(parts, status, y + 14, {
      maxSize: 25 * scale,
      minSize: 18,
      maxLines: 2,
      weight: 'regular',
      fill: TEXT,
      x: valueLeft,
      width: valueWidth,
      label: 'Status',
    });
    return { parts, bottom: y };
  });
}

/**
 * Lays the words out at full size, then smaller, until they end above the strip; when even the smallest does
 * not, lays them out again without what `isFull` adds (the event's summary, which its page gives in full).
 */
function fitVertically(layout: (scale: number, isFull: boolean) => { parts: string[]; bottom: number }): string[] {
  let result = layout(1, true);
  for (const [scale, isFull] of [
    [0.92, true],
    [0.85, true],
    [1, false],
    [0.85, false],
    [0.7, false],
  ] as const) {
    if (result.bottom <= TEXT_BOTTOM) break;
    result = layout(scale, isFull);
  }
  return result.parts;
}

interface BlockStyle {
  maxSize: number;
  minSize: number;
  maxLines: number;
  weight: FontWeight;
  fill: string;
  /** Left edge, px; the text box's by default. */
  x?: number;
  /** Widest line, px; the text box's by default. */
  width?: number;
  /** A row label set in small capitals at the text box's left edge, on the baseline of the first line. */
  label?: string;
}

/** Draws fitted lines whose first line's box starts at `top`; returns the bottom of the last line's box. */
function block(parts: string[], value: string, top: number, style: BlockStyle): number {
  const fitted = fitDrawable(value, style);
  const lineHeight = fitted.size * 1.24;
  let baseline = top + fitted.size * 0.98;
  if (style.label !== undefined) parts.push(caps(style.label, TEXT_LEFT, baseline, LABEL_SIZE, MUTED));
  for (const line of fitted.lines) {
    parts.push(
      text(line, { x: style.x ?? TEXT_LEFT, y: baseline, size: fitted.size, weight: style.weight, fill: style.fill }),
    );
    baseline += lineHeight;
  }
  return baseline - lineHeight + fitted.size * 0.26;
}

function fitDrawable(value: string, style: BlockStyle): FittedText {
  return fitText(toDrawableText(value), {
    maxWidth: style.width ?? TEXT_WIDTH,
    maxLines: style.maxLines,
    maxSize: Math.max(style.minSize, Math.round(style.maxSize)),
    minSize: style.minSize,
    measure: (s, size) => measureText(s, size, style.weight),
  });
}

/** A small-capitals label on one line: a kicker or a row label. */
function caps(value: string, x: number, baseline: number, size: number, fill: string, maxWidth = TEXT_WIDTH): string {
  const fitted = fitText(toDrawableText(value).toUpperCase(), {
    maxWidth,
    maxLines: 1,
    maxSize: size,
    minSize: Math.min(size, 11),
    measure: (s, at) => measureText(s, at, 'bold', CAPS_SPACING),
  });
  return text(fitted.lines[0] ?? '', {
    x,
    y: baseline,
    size: fitted.size,
    weight: 'bold',
    fill,
    letterSpacing: CAPS_SPACING,
  });
}

/**
 * The sequence strip: every event as an equal step in the order the data lists them. A hollow step has no time
 * in the report; a filled step has one, and its label gives it. Equal spacing says the strip is an order, not a
 * clock: the gaps between steps are not durations.
 */
function drawStrip(
  events: readonly DeepReadonly<TimelineEvent>[],
  currentId: EventId | undefined,
  zone: ZoneName,
): string[] {
  const count = events.length;
  const step = count > 1 ? (STRIP_RIGHT - STRIP_LEFT) / (count - 1) : 0;
  const xOf = (i: number) => (count > 1 ? STRIP_LEFT + i * step : (STRIP_LEFT + STRIP_RIGHT) / 2);
  const parts: string[] = [];

  const legend = drawStripLegend();
  parts.push(...legend.parts);
  parts.push(
    caps(
      `The ${count === 1 ? 'story’s one event' : `story’s ${count} events`} in an order the report allows, not to time scale`,
      TEXT_LEFT,
      STRIP_CAPTION_BASELINE,
      LABEL_SIZE,
      MUTED,
      legend.left - TEXT_LEFT - 24,
    ),
    `<line x1="${n(xOf(0))}" x2="${n(xOf(count - 1))}" y1="${STRIP_Y}" y2="${STRIP_Y}" stroke="${RULE}" stroke-width="2"/>`,
  );

  let current: { x: number; position: number; hasTime: boolean } | undefined;
  let labelRight = -Infinity;
  for (const [i, event] of events.entries()) {
    const x = xOf(i);
    const timeLabel = getStepTimeLabel(event.time, zone);
    if (event.id === currentId) current = { x, position: i + 1, hasTime: timeLabel !== undefined };
    if (timeLabel === undefined) {
      parts.push(
        `<circle cx="${n(x)}" cy="${STRIP_Y}" r="${STEP_RADIUS}" fill="${BACKGROUND}" stroke="${MUTED}" stroke-width="1.5"/>`,
      );
      continue;
    }
    parts.push(`<circle cx="${n(x)}" cy="${STRIP_Y}" r="${STEP_RADIUS + 1}" fill="${TEXT}"/>`);
    // Labels that would overlap an earlier one are left out rather than drawn over it.
    const label = placeLabel(toDrawableText(timeLabel), x, STRIP_LABEL_SIZE, 'bold');
    if (label.left < labelRight + 12) continue;
    labelRight = label.left + label.width;
    parts.push(
      `<line x1="${n(x)}" x2="${n(x)}" y1="${STRIP_LABEL_BASELINE + 6}" y2="${STRIP_Y - STEP_RADIUS - 3}" stroke="${TEXT}" stroke-width="1.5"/>`,
      text(label.value, { x: label.left, y: STRIP_LABEL_BASELINE, size: STRIP_LABEL_SIZE, weight: 'bold', fill: TEXT }),
    );
  }

  if (current !== undefined) {
    const { x, position, hasTime } = current;
    // The ring marks this event; the dot inside keeps the key's meaning: filled only when the report gives a time.
    parts.push(
      `<circle cx="${n(x)}" cy="${STRIP_Y}" r="${CURRENT_RADIUS + 6}" fill="none" stroke="${ACCENT}" stroke-width="2.5"/>`,
      hasTime
        ? `<circle cx="${n(x)}" cy="${STRIP_Y}" r="${CURRENT_RADIUS}" fill="${ACCENT}"/>`
        : `<circle cx="${n(x)}" cy="${STRIP_Y}" r="${CURRENT_RADIUS - 1}" fill="${BACKGROUND}" stroke="${ACCENT}" stroke-width="2.5"/>`,
    );
    const note = placeLabel(`This event: step ${position} of ${count}`, x, STRIP_LABEL_SIZE, 'bold');
    parts.push(
      text(note.value, { x: note.left, y: STRIP_NOTE_BASELINE, size: STRIP_LABEL_SIZE, weight: 'bold', fill: ACCENT }),
    );
  }
  return parts;
}

/** The strip's key, set against the text box's right edge: a hollow step, then a filled one. */
function drawStripLegend(): { parts: string[]; left: number } {
  const size = LABEL_SIZE;
  const items = [
    { label: 'time not given', isFilled: false },
    { label: 'time given', isFilled: true },
  ];
  const widths = items.map((item) => measureText(item.label, size, 'regular'));
  const itemGap = 22;
  const symbolGap = 8;
  const total =
    widths.reduce((sum, w) => sum + w, 0) +
    items.length * (2 * STEP_RADIUS + 2 + symbolGap) +
    itemGap * (items.length - 1);
  const parts: string[] = [];
  let x = TEXT_RIGHT - total;
  const left = x;
  const cy = STRIP_CAPTION_BASELINE - size * 0.36;
  for (const [i, item] of items.entries()) {
    const cx = x + STEP_RADIUS + 1;
    parts.push(
      item.isFilled
        ? `<circle cx="${n(cx)}" cy="${n(cy)}" r="${STEP_RADIUS + 1}" fill="${TEXT}"/>`
        : `<circle cx="${n(cx)}" cy="${n(cy)}" r="${STEP_RADIUS}" fill="${BACKGROUND}" stroke="${MUTED}" stroke-width="1.5"/>`,
    );
    x += 2 * STEP_RADIUS + 2 + symbolGap;
    parts.push(text(item.label, { x, y: STRIP_CAPTION_BASELINE, size, weight: 'regular', fill: MUTED }));
    x += (widths[i] ?? 0) + itemGap;
  }
  return { parts, left };
}

/** A one-line label centred on `x` where it fits, slid inside the text box where it does not. */
function placeLabel(
  value: string,
  x: number,
  size: number,
  weight: FontWeight,
): { value: string; left: number; width: number } {
  const fitted = fitText(value, {
    maxWidth: TEXT_WIDTH,
    maxLines: 1,
    maxSize: size,
    minSize: size,
    measure: (s, at) => measureText(s, at, weight),
  });
  const line = fitted.lines[0] ?? '';
  const width = measureText(line, size, weight);
  const left = Math.min(Math.max(x - width / 2, TEXT_LEFT), TEXT_RIGHT - width);
  return { value: line, left, width };
}

/** The last line: what the card's date rests on, when it shows one, and the day the facts last changed. */
function drawFooter(timeline: LoadedTimeline): string[] {
  const { meta, events } = timeline;
  const updated = `Updated ${formatCalendarDay(meta.updated)}`;
  const updatedWidth = measureText(updated, FOOTER_SIZE, 'regular');
  // The data lists first the outside assumption every date rests on (the report's "Friday" is 1 July 2016); the
  // strip's labels and the stated time carry that date, so the card names the assumption wherever it shows one.
  const dateNote = meta.context[0];
  const showsDate = events.some((e) => e.time.kind !== 'order');
  const note =
    showsDate && dateNote !== undefined
      ? `Added from outside the report: ${dateNote.statement}`
      : 'Every event cites the report by paragraph';
  const fitted = fitText(toDrawableText(note), {
    maxWidth: TEXT_WIDTH - updatedWidth - 32,
    maxLines: 1,
    maxSize: FOOTER_SIZE,
    minSize: 12,
    measure: (s, size) => measureText(s, size, 'regular'),
  });
  return [
    `<line x1="${TEXT_LEFT}" x2="${TEXT_RIGHT}" y1="${FOOTER_RULE_Y}" y2="${FOOTER_RULE_Y}" stroke="${RULE}" stroke-width="1.5"/>`,
    text(fitted.lines[0] ?? '', {
      x: TEXT_LEFT,
      y: FOOTER_BASELINE,
      size: fitted.size,
      weight: 'regular',
      fill: MUTED,
    }),
    text(updated, {
      x: TEXT_RIGHT - updatedWidth,
      y: FOOTER_BASELINE,
      size: FOOTER_SIZE,
      weight: 'regular',
      fill: MUTED,
    }),
  ];
}

interface TextStyle {
  /** Left edge of the text, px: every text is anchored at its start, so its box is [x, x + width]. */
  x: number;
  /** Baseline, px. */
  y: number;
  /** Font size, px. */
  size: number;
  weight: FontWeight;
  fill: string;
  /** Extra space after every character, px. */
  letterSpacing?: number;
}

/** One `<text>`, its content made drawable and escaped here, so no caller can put raw data into the SVG. */
function text(content: string, style: TextStyle): string {
  const attributes = [
    `x="${n(style.x)}"`,
    `y="${n(style.y)}"`,
    `font-size="${n(style.size)}"`,
    `font-weight="${style.weight === 'bold' ? 700 : 400}"`,
    `fill="${style.fill}"`,
    style.letterSpacing === undefined ? '' : `letter-spacing="${style.letterSpacing}"`,
  ].filter((a) => a !== '');
  return `<text ${attributes.join(' ')}>${escapeXml(toDrawableText(content))}</text>`;
}

/** A number as SVG writes it: two decimals at most. */
function n(value: number): string {
  return String(Math.round(value * 100) / 100);
}
