/**
 * Open Graph preview images, made at build time: the timeline at a glance as a 1200 × 630 PNG, with one
 * event highlighted on an event's page. The picture is an SVG composed here from the app's own pure maths
 * (placement, story domain, base scale, zoned ticks, lane rows) and rasterised by resvg with the Inter
 * font shipped in an npm package, so the image is the same on every machine, whatever fonts it has.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import type { LoadedTimeline } from '../src/data/parseTimeline.ts';
import type { CategoryId, EventId } from '../src/data/schema.ts';
import { assertNever } from '../src/time/assertNever.ts';
import { createBaseScale, getStoryDomain } from '../src/time/createBaseScale.ts';
import { getZonedTicks } from '../src/time/getZonedTicks.ts';
import { getStoryExtent, placeEvents } from '../src/time/placeEvents.ts';
import type { Placement } from '../src/time/placeEvents.ts';
import { formatZoneLabel } from '../src/time/zones.ts';
import { labelPlacements, layoutChart } from '../src/timeline/layoutChart.ts';
import { escapeMarkup } from './escapeMarkup.ts';

/** Width of a preview image, px: the Open Graph recommendation. */
export const PREVIEW_WIDTH = 1200;
/** Height of a preview image, px. */
export const PREVIEW_HEIGHT = 630;

/** What to draw: the timeline, and on an event's page the event to highlight. */
export interface PreviewInput {
  timeline: LoadedTimeline;
  /** The event whose page the image is for; left out for the home page. */
  highlightId?: EventId;
}

/** The subtitle of the home page's image. */
export const HOME_SUBTITLE = 'A sourced timeline of one news report';

const BACKGROUND = '#fbfaf7';
const TEXT = '#1c1f24';
const MUTED = '#4d535c';
const ACCENT = '#1d4f91';
const RULE = '#e3e0d8';
const GRID = '#ebe8e1';

const FONT_FAMILY = 'Inter';
const resolveModule = createRequire(import.meta.url).resolve;
const FONT_FILES = {
  regular: resolveModule('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'),
  bold: resolveModule('@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf'),
};
type Weight = keyof typeof FONT_FILES;

const MARGIN_X = 64;
const TOP = 52;
const TITLE_SIZE = 44;
/** The smallest the title shrinks to before it wraps onto a second line, px. */
const TITLE_MIN_SIZE = 38;
const SUBTITLE_SIZE = 28;
const LANE_LABEL_SIZE = 14;
const LANE_LABEL_SPACING = 1;
const AXIS_LABEL_SIZE = 16;
const FOOTER_SIZE = 18;
const FOOTER_BASELINE = PREVIEW_HEIGHT - 38;
/** Bottom of the chart's axis labels, px. */
const CHART_BOTTOM = PREVIEW_HEIGHT - 84;
const AXIS_HEIGHT = 30;
const LANE_GAP = 10;
const GUTTER_GAP = 24;
/** The widest a lane's label may be before it is cut with an ellipsis, px. */
const MAX_LANE_LABEL_PX = 300;
/** A row never grows taller than this, px, however few there are. */
const MAX_ROW_HEIGHT = 22;
/** Space kept at each end of the plot, px, for the marks and rings at its edges. */
const PLOT_PADDING = 14;

/** The SVG of the preview: the picture `renderPreviewImage` rasterises. */
export function renderPreviewSvg(input: PreviewInput): string {
  const { timeline, highlightId } = input;
  const highlighted = highlightId === undefined ? undefined : timeline.events.find((e) => e.id === highlightId);
  if (highlightId !== undefined && highlighted === undefined) {
    throw new Error(`renderPreviewSvg: no event has the id "${highlightId}"`);
  }
  const width = PREVIEW_WIDTH - 2 * MARGIN_X;
  const placements = placeEvents(timeline.events);
  const parts: string[] = [];

  let y = TOP;
  const title = fitHeadline(timeline.meta.title, width);
  for (const line of title.lines) {
    y += title.size;
    parts.push(text(line, { x: MARGIN_X, y, size: title.size, weight: 'bold', fill: TEXT }));
    y += title.size * 0.22;
  }
  y += 10;
  const subtitleLines =
    highlighted === undefined
      ? [fitLine(HOME_SUBTITLE, width, SUBTITLE_SIZE, 'regular')]
      : wrapText(highlighted.title, width, 2, (s) => measureText(s, SUBTITLE_SIZE, 'bold'));
  for (const line of subtitleLines) {
    y += SUBTITLE_SIZE;
    parts.push(
      highlighted === undefined
        ? text(line, { x: MARGIN_X, y, size: SUBTITLE_SIZE, weight: 'regular', fill: MUTED })
        : text(line, { x: MARGIN_X, y, size: SUBTITLE_SIZE, weight: 'bold', fill: ACCENT }),
    );
    y += SUBTITLE_SIZE * 0.3;
  }

  parts.push(...drawChart(timeline, placements, highlightId, y + 34));

  const zoneLabel = formatZoneLabel(timeline.meta.zone, new Date(getStoryExtent(placements).start));
  parts.push(
    `<line x1="${MARGIN_X}" x2="${PREVIEW_WIDTH - MARGIN_X}" y1="${FOOTER_BASELINE - 32}" y2="${FOOTER_BASELINE - 32}" stroke="${RULE}" stroke-width="1.5"/>`,
    text(fitLine(`Times in ${zoneLabel} · every event cites the report`, width, FOOTER_SIZE, 'regular'), {
      x: MARGIN_X,
      y: FOOTER_BASELINE,
      size: FOOTER_SIZE,
      weight: 'regular',
      fill: MUTED,
    }),
  );

  const label = highlighted === undefined ? timeline.meta.title : `${highlighted.title}: ${timeline.meta.title}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" viewBox="0 0 ${PREVIEW_WIDTH} ${PREVIEW_HEIGHT}" role="img" aria-label="${escapeXml(label)}" font-family="${FONT_FAMILY}">`,
    `<rect width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" fill="${BACKGROUND}"/>`,
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

/** The lanes, one mark per event, and the axis, from `top` down to `CHART_BOTTOM`. */
function drawChart(
  timeline: LoadedTimeline,
  placements: readonly Placement[],
  highlightId: EventId | undefined,
  top: number,
): string[] {
  const { events, categories, meta } = timeline;
  const extent = getStoryExtent(placements);
  const categoryById = new Map<EventId, CategoryId>(events.map((e) => [e.id, e.category]));
  const lanes = categories.map((c) => ({
    id: c.id,
    label: withEllipsis(c.label.toUpperCase(), MAX_LANE_LABEL_PX, measureLaneLabel),
  }));

  const laneLabelWidth = Math.max(0, ...lanes.map((l) => measureLaneLabel(l.label)));
  const plotLeft = MARGIN_X + laneLabelWidth + GUTTER_GAP;
  const plotRight = PREVIEW_WIDTH - MARGIN_X;
  // Labels are never drawn at this size, so rows only keep marks and their time windows apart.
  const layout = layoutChart({
    mode: 'chronological',
    labelled: labelPlacements(placements, () => '', false),
    extent,
    categoryOf: (id) => categoryById.get(id),
    lanes,
    width: plotRight - plotLeft,
  });
  const domain = getStoryDomain('chronological', extent, placements.length);
  const xBase = createBaseScale(domain, plotLeft + PLOT_PADDING, plotRight - PLOT_PADDING);
  const x = (t: number) => xBase(t);
  const range: [number, number] = [plotLeft + PLOT_PADDING, plotRight - PLOT_PADDING];

  const rowsPerLane = new Map<CategoryId, number>(lanes.map((l) => [l.id, 1]));
  for (const item of layout.items) {
    rowsPerLane.set(item.lane, Math.max(rowsPerLane.get(item.lane) ?? 1, item.row + 1));
  }
  const totalRows = [...rowsPerLane.values()].reduce((sum, n) => sum + n, 0);
  const lanesBottom = CHART_BOTTOM - AXIS_HEIGHT;
  const rowHeight = Math.min(
    MAX_ROW_HEIGHT,
    (lanesBottom - top - LANE_GAP * Math.max(0, lanes.length - 1)) / Math.max(1, totalRows),
  );
  const markSize = Math.max(2.5, Math.min(5.5, rowHeight * 0.42));

  const parts: string[] = [];
  const laneTop = new Map<CategoryId, number>();
  let laneY = top;
  for (const [index, lane] of lanes.entries()) {
    laneTop.set(lane.id, laneY);
    const rows = rowsPerLane.get(lane.id) ?? 1;
    if (index > 0) {
      const ruleY = laneY - LANE_GAP / 2;
      parts.push(`<line x1="${MARGIN_X}" x2="${plotRight}" y1="${n(ruleY)}" y2="${n(ruleY)}" stroke="${RULE}"/>`);
    }
    parts.push(
      text(lane.label, {
        x: MARGIN_X,
        y: laneY + Math.min(rows * rowHeight, MAX_ROW_HEIGHT) / 2 + LANE_LABEL_SIZE * 0.36,
        size: LANE_LABEL_SIZE,
        weight: 'bold',
        fill: MUTED,
        letterSpacing: LANE_LABEL_SPACING,
      }),
    );
    laneY += rows * rowHeight + LANE_GAP;
  }

  const ticks = getZonedTicks(domain[0], domain[1], meta.zone, Math.floor((plotRight - plotLeft) / 110));
  for (const tick of ticks) {
    const tx = x(tick.at);
    parts.push(
      `<line x1="${n(tx)}" x2="${n(tx)}" y1="${n(top - 6)}" y2="${n(lanesBottom + 4)}" stroke="${tick.isDayStart ? RULE : GRID}" stroke-width="${tick.isDayStart ? 2 : 1}"/>`,
      text(tick.label, {
        x: tx,
        y: CHART_BOTTOM - 6,
        size: AXIS_LABEL_SIZE,
        weight: tick.isDayStart ? 'bold' : 'regular',
        fill: tick.isDayStart ? TEXT : MUTED,
        anchor: 'middle',
      }),
    );
  }

  const isEventPage = highlightId !== undefined;
  let highlight: string[] = [];
  for (const item of layout.items) {
    const cy = (laneTop.get(item.lane) ?? top) + (item.row + 0.5) * rowHeight;
    const isHighlighted = item.placement.id === highlightId;
    const mark = drawMark(item.placement, x, range, cy, {
      size: isHighlighted ? markSize * 1.6 : markSize,
      colour: isEventPage && !isHighlighted ? MUTED : ACCENT,
      opacity: isEventPage && !isHighlighted ? 0.5 : 1,
      isHighlighted,
    });
    if (isHighlighted) highlight = mark;
    else parts.push(...mark);
  }
  // The highlighted event goes last, over its neighbours.
  parts.push(...highlight);
  return parts;
}

interface MarkStyle {
  size: number;
  colour: string;
  opacity: number;
  isHighlighted: boolean;
}

/** One event's mark, in the chart's shapes: dot for a stated time, band for a window, hollow diamond for order only. */
function drawMark(
  placement: Placement,
  x: (t: number) => number,
  [r0, r1]: readonly [number, number],
  cy: number,
  style: MarkStyle,
): string[] {
  const { size, colour, opacity, isHighlighted } = style;
  const centre = x(placement.anchor);
  const from = placement.earliest === undefined ? r0 : x(placement.earliest);
  const to = placement.latest === undefined ? r1 : x(placement.latest);
  const ringGap = 5;
  const ringStroke = `fill="none" stroke="${ACCENT}" stroke-width="2.5"`;
  // A highlighted mark sits on a halo of the background, so it stands clear of the marks it crosses.
  const halo = (geometry: string) =>
    isHighlighted ? `${geometry} fill="${BACKGROUND}" stroke="${BACKGROUND}" stroke-width="7"/>` : '';
  const group = (shapes: string[]) => [`<g opacity="${opacity}">`, ...shapes.filter((s) => s !== ''), '</g>'];
  const ring = `<circle cx="${n(centre)}" cy="${n(cy)}" r="${n(size + ringGap)}" ${ringStroke}/>`;
  switch (placement.kind) {
    case 'exact': {
      const dot = `<circle cx="${n(centre)}" cy="${n(cy)}" r="${n(size)}"`;
      return group([halo(dot), `${dot} fill="${colour}"/>`, isHighlighted ? ring : '']);
    }
    case 'approximate': {
      const cap = size * 0.9;
      const whiskers = `<path d="M${n(from)},${n(cy)}H${n(to)}M${n(from)},${n(cy - cap)}V${n(cy + cap)}M${n(to)},${n(cy - cap)}V${n(cy + cap)}" fill="none" stroke="${colour}" stroke-width="${isHighlighted ? 2 : 1.25}"/>`;
      const dot = `<circle cx="${n(centre)}" cy="${n(cy)}" r="${n(size)}"`;
      return group([whiskers, halo(dot), `${dot} fill="${colour}"/>`, isHighlighted ? ring : '']);
    }
    case 'interval': {
      const height = size * 1.7;
      const bandShape = (pad: number) =>
        `x="${n(from - pad)}" y="${n(cy - height / 2 - pad)}" width="${n(Math.max(2, to - from) + 2 * pad)}" height="${n(height + 2 * pad)}" rx="${n(height / 2 + pad)}"`;
      // A band the event lasted through is lighter than a window it happened somewhere in, as in the chart.
      const band = `<rect ${bandShape(0)} fill="${colour}" fill-opacity="${placement.spans ? 0.35 : 0.6}" stroke="${colour}" stroke-width="1.25"/>`;
      return group([
        halo(`<rect ${bandShape(0)}`),
        band,
        isHighlighted ? `<rect ${bandShape(ringGap)} ${ringStroke}/>` : '',
      ]);
    }
    case 'order': {
      const r = size * 1.25;
      const dottedWindow = `<line x1="${n(from)}" x2="${n(to)}" y1="${n(cy)}" y2="${n(cy)}" stroke="${colour}" stroke-width="${isHighlighted ? 2 : 1.25}" stroke-dasharray="${isHighlighted ? '2 4' : '1.5 3.5'}" stroke-linecap="round"/>`;
      const arrow = (tip: number, direction: 1 | -1) =>
        `<path d="M${n(tip - direction * size * 1.2)},${n(cy - size * 0.8)}L${n(tip)},${n(cy)}L${n(tip - direction * size * 1.2)},${n(cy + size * 0.8)}" fill="none" stroke="${colour}" stroke-width="${isHighlighted ? 2 : 1.25}"/>`;
      const diamond = `<path d="M${n(centre)},${n(cy - r)}L${n(centre + r)},${n(cy)}L${n(centre)},${n(cy + r)}L${n(centre - r)},${n(cy)}Z"`;
      return group([
        dottedWindow,
        placement.latest === undefined ? arrow(to, 1) : '',
        placement.earliest === undefined ? arrow(from, -1) : '',
        halo(diamond),
        `${diamond} fill="${BACKGROUND}" stroke="${colour}" stroke-width="${isHighlighted ? 3 : 1.75}"/>`,
        isHighlighted ? `<circle cx="${n(centre)}" cy="${n(cy)}" r="${n(r + ringGap)}" ${ringStroke}/>` : '',
      ]);
    }
    default:
      return assertNever(placement.kind);
  }
}

interface TextStyle {
  x: number;
  y: number;
  size: number;
  weight: Weight;
  fill: string;
  anchor?: 'start' | 'middle';
  letterSpacing?: number;
}

function text(content: string, style: TextStyle): string {
  const attributes = [
    `x="${n(style.x)}"`,
    `y="${n(style.y)}"`,
    `font-size="${style.size}"`,
    `font-weight="${style.weight === 'bold' ? 700 : 400}"`,
    `fill="${style.fill}"`,
    style.anchor === 'middle' ? 'text-anchor="middle"' : '',
    style.letterSpacing === undefined ? '' : `letter-spacing="${style.letterSpacing}"`,
  ].filter((a) => a !== '');
  return `<text ${attributes.join(' ')}>${escapeXml(content)}</text>`;
}

/** A number as SVG writes it: two decimals at most. */
function n(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** The title on one line if it fits at a size between the largest and smallest, else on two lines at full size. */
function fitHeadline(title: string, width: number): { lines: string[]; size: number } {
  for (let size = TITLE_SIZE; size >= TITLE_MIN_SIZE; size -= 1) {
    if (measureText(title, size, 'bold') <= width) return { lines: [title], size };
  }
  return { lines: wrapText(title, width, 2, (s) => measureText(s, TITLE_SIZE, 'bold')), size: TITLE_SIZE };
}

function fitLine(line: string, width: number, size: number, weight: Weight): string {
  return wrapText(line, width, 1, (s) => measureText(s, size, weight))[0] ?? '';
}

function measureLaneLabel(label: string): number {
  return measureText(label, LANE_LABEL_SIZE, 'bold') + LANE_LABEL_SPACING * Array.from(label).length;
}

/**
 * Breaks text into at most `maxLines` lines no wider than `maxWidth`, between words; what does not fit
 * ends the last line with an ellipsis, cut after a whole word where one fits.
 */
export function wrapText(value: string, maxWidth: number, maxLines: number, measure: (s: string) => number): string[] {
  const words = value.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let index = 0;
  while (index < words.length && lines.length < maxLines) {
    const isLast = lines.length === maxLines - 1;
    let line = words[index] ?? '';
    index += 1;
    while (index < words.length && measure(`${line} ${words[index] ?? ''}`) <= maxWidth) {
      line = `${line} ${words[index] ?? ''}`;
      index += 1;
    }
    if (isLast && index < words.length) {
      lines.push(withEllipsis(`${line} ${words.slice(index).join(' ')}`, maxWidth, measure));
      return lines;
    }
    lines.push(measure(line) <= maxWidth ? line : withEllipsis(line, maxWidth, measure));
  }
  return lines;
}

function withEllipsis(value: string, maxWidth: number, measure: (s: string) => number): string {
  if (measure(value) <= maxWidth) return value;
  const words = value.split(' ');
  for (let count = words.length - 1; count > 0; count -= 1) {
    const cut = `${words
      .slice(0, count)
      .join(' ')
      .replace(/[\s,;:–—-]+$/u, '')}…`;
    if (measure(cut) <= maxWidth) return cut;
  }
  const chars = Array.from(value);
  for (let count = chars.length - 1; count > 0; count -= 1) {
    const cut = `${chars.slice(0, count).join('').trimEnd()}…`;
    if (measure(cut) <= maxWidth) return cut;
  }
  return '…';
}

/** The advance width of `value` in px at `size`, from the font file's own metrics (kerning left out). */
function measureText(value: string, size: number, weight: Weight): number {
  const font = getFontMetrics(weight);
  let units = 0;
  for (const char of value) units += font.advanceOf(char.codePointAt(0) ?? 0);
  return (units / font.unitsPerEm) * size;
}

interface FontMetrics {
  unitsPerEm: number;
  /** A character's advance width, in font units. */
  advanceOf: (codePoint: number) => number;
}

const fontMetrics = new Map<Weight, FontMetrics>();

function getFontMetrics(weight: Weight): FontMetrics {
  let metrics = fontMetrics.get(weight);
  if (metrics === undefined) {
    metrics = readFontMetrics(readFileSync(FONT_FILES[weight]));
    fontMetrics.set(weight, metrics);
  }
  return metrics;
}

/**
 * Reads advance widths from a TrueType file: `cmap` (format 4, the Basic Multilingual Plane) maps a
 * character to a glyph, `hmtx` gives the glyph's advance. Enough to wrap and fit lines; shaping is resvg's.
 */
function readFontMetrics(font: Buffer): FontMetrics {
  const tables = new Map<string, number>();
  const tableCount = font.readUInt16BE(4);
  for (let i = 0; i < tableCount; i += 1) {
    const record = 12 + i * 16;
    tables.set(font.toString('latin1', record, record + 4), font.readUInt32BE(record + 8));
  }
  const tableAt = (tag: string) => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`the font has no "${tag}" table`);
    return offset;
  };
  const unitsPerEm = font.readUInt16BE(tableAt('head') + 18);
  const metricCount = font.readUInt16BE(tableAt('hhea') + 34);
  const hmtx = tableAt('hmtx');
  const advanceOfGlyph = (glyph: number) => font.readUInt16BE(hmtx + 4 * Math.min(glyph, metricCount - 1));

  const cmap = tableAt('cmap');
  let segments = -1;
  for (let i = 0; i < font.readUInt16BE(cmap + 2); i += 1) {
    const record = cmap + 4 + i * 8;
    const platform = font.readUInt16BE(record);
    const encoding = font.readUInt16BE(record + 2);
    const subtable = cmap + font.readUInt32BE(record + 4);
    const isUnicode = platform === 0 || (platform === 3 && encoding === 1);
    if (isUnicode && font.readUInt16BE(subtable) === 4) segments = subtable;
  }
  if (segments === -1) throw new Error('the font has no Unicode (format 4) character map');
  const segCount = font.readUInt16BE(segments + 6) / 2;
  const endCodes = segments + 14;
  const startCodes = endCodes + 2 * segCount + 2;
  const idDeltas = startCodes + 2 * segCount;
  const idRangeOffsets = idDeltas + 2 * segCount;

  const glyphOf = (codePoint: number): number => {
    if (codePoint > 0xffff) return 0;
    for (let s = 0; s < segCount; s += 1) {
      if (font.readUInt16BE(endCodes + 2 * s) < codePoint) continue;
      const start = font.readUInt16BE(startCodes + 2 * s);
      if (start > codePoint) return 0;
      const delta = font.readUInt16BE(idDeltas + 2 * s);
      const rangeOffset = font.readUInt16BE(idRangeOffsets + 2 * s);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      const glyph = font.readUInt16BE(idRangeOffsets + 2 * s + rangeOffset + 2 * (codePoint - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
  const advances = new Map<number, number>();
  return {
    unitsPerEm,
    advanceOf: (codePoint) => {
      let advance = advances.get(codePoint);
      if (advance === undefined) {
        advance = advanceOfGlyph(glyphOf(codePoint));
        advances.set(codePoint, advance);
      }
      return advance;
    },
  };
}
