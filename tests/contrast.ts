/** An sRGB colour with straight (not premultiplied) alpha. */
export interface Rgba {
  /** Red, 0–255. */
  r: number;
  /** Green, 0–255. */
  g: number;
  /** Blue, 0–255. */
  b: number;
  /** Opacity, 0–1. */
  a: number;
}

/** One coat of paint: a CSS colour as `getComputedStyle` gives it, and the opacity it is painted with, 0–1. */
export interface Paint {
  colour: string;
  opacity: number;
}

const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };

/** A number or percentage from a CSS colour function; `scale` is what 100 % is worth. `none` is 0. */
function parseComponent(token: string, scale: number): number {
  if (token === 'none') return 0;
  const value = Number.parseFloat(token);
  if (!Number.isFinite(value)) throw new Error(`Not a colour component: "${token}"`);
  return token.endsWith('%') ? (value / 100) * scale : value;
}

/** Splits the inside of `rgb(…)` or `color(srgb …)` into channels and alpha, with commas or spaces and `/ alpha`. */
function splitComponents(body: string): { channels: string[]; alpha: string | undefined } {
  const [channelText = '', alphaText] = body.split('/');
  const tokens = channelText
    .trim()
    .split(/[\s,]+/)
    .filter(Boolean);
  const alpha = alphaText?.trim() ?? (tokens.length === 4 ? tokens.pop() : undefined);
  return { channels: tokens, alpha };
}

/**
 * Reads a colour as Chromium's `getComputedStyle` writes it: `rgb()` / `rgba()` (what named and hex colours
 * compute to), `color(srgb r g b / a)` (what `color-mix(in srgb, …)` computes to) and `transparent`.
 */
export function parseCssColour(css: string): Rgba {
  const text = css.trim().toLowerCase();
  if (text === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const rgb = /^rgba?\((.*)\)$/.exec(text);
  const srgb = /^color\(\s*srgb\s+(.*)\)$/.exec(text);
  const body = rgb?.[1] ?? srgb?.[1];
  if (body === undefined) throw new Error(`Unsupported colour (expected rgb(), rgba() or color(srgb …)): "${css}"`);
  const { channels, alpha } = splitComponents(body);
  if (channels.length !== 3) throw new Error(`Expected three channels in "${css}"`);
  const scale = rgb === null ? 1 : 255;
  const [r, g, b] = channels.map((token) => (parseComponent(token, scale) / scale) * 255) as [number, number, number];
  return { r, g, b, a: alpha === undefined ? 1 : Math.min(1, Math.max(0, parseComponent(alpha, 1))) };
}

/** `top` painted over `bottom` (Porter–Duff source-over). */
export function compositeOver(top: Rgba, bottom: Rgba): Rgba {
  const a = top.a + bottom.a * (1 - top.a);
  if (a === 0) return { r: 0, g: 0, b: 0, a: 0 };
  const mix = (t: number, u: number) => (t * top.a + u * bottom.a * (1 - top.a)) / a;
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a };
}

/** A coat of paint as a colour, its opacity folded into alpha. */
export function toRgba(paint: Paint): Rgba {
  const colour = parseCssColour(paint.colour);
  return { ...colour, a: colour.a * paint.opacity };
}

/** The opaque colour that coats of paint make when laid bottom first over a white page. */
export function flattenPaints(paints: readonly Paint[]): Rgba {
  return paints.reduce((below, paint) => compositeOver(toRgba(paint), below), WHITE);
}

/** WCAG 2 relative luminance of an opaque sRGB colour, 0 (black) to 1 (white). */
export function getRelativeLuminance({ r, g, b }: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio of two opaque colours, 1 to 21. */
export function getContrastRatio(first: Rgba, second: Rgba): number {
  const [light, dark] = [getRelativeLuminance(first), getRelativeLuminance(second)].sort((p, q) => q - p) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}

/** `#rrggbb` of a colour, for messages. */
export function formatHex({ r, g, b }: Rgba): string {
  return `#${[r, g, b].map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}
