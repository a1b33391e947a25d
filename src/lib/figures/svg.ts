// Shared SVG building blocks: the accessible root element, coordinate rounding, text measuring, wrapping and placing.
import { escapeAttr, escapeText } from '../escape.ts';

/**
 * Width of every figure's viewBox. With 13-unit text at the smallest, a figure 288 px wide (a 320 px screen
 * less 16 px gutters) renders text at 13 × 288 / 340 ≈ 11 px; figures.css caps the width at 30rem, where
 * 14-unit labels come out near 20 px.
 */
export const WIDTH = 340;
export const PAD = 8;
export const FONT = 14;
export const SMALL = 13;
export const LINE = 17;
export const SMALL_LINE = 16;

/** A coordinate with at most one decimal, without "-0" or trailing ".0", so output is small and stable. */
export function r(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

// Advance widths in em, matched to DejaVu Sans, the widest common fallback of system-ui; narrower fonts only leave spare room.
const WIDTHS: [RegExp, number][] = [
  [/[ijlIJ.,:;'!|\u00b7]/, 0.3],
  [/[ frt()[\]\-"]/, 0.4],
  [/[csz]/, 0.54],
  [/[mM%\u2212\u2014]/, 0.96],
  [/[wW@]/, 0.99],
  [/[A-Z]/, 0.74],
  [/[0-9$]/, 0.64],
  [/[<>=+~^{}&#_]/, 0.84],
];
// Bold faces run about a tenth wider.
const BOLD = 1.1;

/** Estimated width in viewBox units of text set at `size`. */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    const known = WIDTHS.find(([re]) => re.test(ch));
    if (known) em += known[1];
    else if (ch.charCodeAt(0) > 0x2e80) em += 1; // CJK and other full-width scripts
    else em += 0.62;
  }
  return em * size * (bold ? BOLD : 1);
}

/** Breaks text into lines no wider than `maxWidth`, at spaces where possible and inside over-long words otherwise. */
export function wrap(text: string, maxWidth: number, size: number): string[] {
  const words = text.trim().split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (let word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, size) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    while (textWidth(word, size) > maxWidth) {
      let cut = 1;
      const chars = Array.from(word);
      while (cut < chars.length && textWidth(chars.slice(0, cut + 1).join(''), size) <= maxWidth) cut += 1;
      lines.push(chars.slice(0, cut).join(''));
      word = chars.slice(cut).join('');
    }
    line = word;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

export interface TextOptions {
  cls?: string;
  anchor?: 'start' | 'middle' | 'end';
  size?: number;
  lineHeight?: number;
  /** paint the stroke under the fill, so a stroke set in CSS becomes a halo; an attribute, as HTML validators reject the CSS property */
  halo?: boolean;
}

/** A `<text>` of one or several lines; `y` is the baseline of the first line. */
export function text(x: number, y: number, content: string | readonly string[], options: TextOptions = {}): string {
  const attrs = [
    options.cls ? ` class="${options.cls}"` : '',
    ` x="${r(x)}" y="${r(y)}"`,
    options.anchor && options.anchor !== 'start' ? ` text-anchor="${options.anchor}"` : '',
    options.size && options.size !== FONT ? ` font-size="${options.size}"` : '',
    options.halo ? ' paint-order="stroke"' : '',
  ].join('');
  const lines = typeof content === 'string' ? [content] : content;
  if (lines.length === 1) return `<text${attrs}>${escapeText(lines[0] ?? '')}</text>`;
  const step = options.lineHeight ?? LINE;
  const spans = lines.map((line, i) => `<tspan x="${r(x)}" y="${r(y + i * step)}">${escapeText(line)}</tspan>`);
  return `<text${attrs}>${spans.join('')}</text>`;
}

/** Element ids inside a figure, derived from the figure id so several figures can share a page. */
export function figureIds(figureId: string) {
  const base = `figure-${figureId}`;
  return { title: `${base}-title`, desc: `${base}-desc`, arrow: `${base}-arrow` };
}

export interface SvgDocument {
  id: string;
  kind: string;
  title: string;
  description: string;
  height: number;
  body: string;
  defs?: string;
  /**
   * `img` makes the drawing one image, its marks hidden from assistive technology. A drawing that holds links
   * must be a `group` instead: an image's content is presentational, so links inside it would be focusable yet unnamed.
   */
  role?: 'img' | 'group';
}

/** The root `<svg>`: an image (or group) named by the figure title and described by its text alternative. */
export function svgDocument(doc: SvgDocument): string {
  const ids = figureIds(doc.id);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="fig-svg fig-svg--${doc.kind}" viewBox="0 0 ${WIDTH} ${r(doc.height)}"`,
    ` font-size="${FONT}" role="${doc.role ?? 'img'}" aria-labelledby="${escapeAttr(ids.title)}" aria-describedby="${escapeAttr(ids.desc)}">`,
    `<title id="${escapeAttr(ids.title)}">${escapeText(doc.title)}</title>`,
    `<desc id="${escapeAttr(ids.desc)}">${escapeText(doc.description)}</desc>`,
    doc.defs ? `<defs>${doc.defs}</defs>` : '',
    doc.body,
    '</svg>',
  ].join('');
}
