// Splits the SVG satori lays a card out as (text kept as `<text>`, not outlines) into its shapes and its text runs.
// satori places every word; drawing the words with the fonts' own glyphs, instead of rasterising each glyph's
// outline from the SVG, is what makes a card cheap (paint.ts). Only satori's output is read here, never an editor's
// markup: editor text arrives as the escaped content of a `<text>` element.

/** An area text is clipped to: a rectangle or an SVG path, inside its parent clip if it has one. */
export type ClipShape = { rect: [x: number, y: number, width: number, height: number] } | { path: string; evenOdd: boolean };

/** One word (or piece of one) as satori placed it: its baseline origin, font and paint, and the clips around it. */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  /** Font families in fallback order, as satori names them (lower case). */
  families: string[];
  weight: string;
  style: string;
  size: number;
  fill: string;
  letterSpacing: number;
  /** Every clip the run is drawn inside, outermost first. */
  clips: ClipShape[];
}

export interface SplitSvg {
  /**
   * The SVG without its text: every box, border, rule and icon, and only the clips and masks they use. Cards of
   * the same label share it, word for word, so that it is drawn once (paint.ts).
   */
  shapes: string;
  runs: TextRun[];
}

const TEXT = /<text\b([^>]*)>([^<]*)<\/text>/g;
const DEFINITION = /<(clipPath|mask)\b[^>]*\bid="([^"]+)"[^>]*>[\s\S]*?<\/\1>/g;
const CLIP_PATH = /<clipPath\b([^>]*)>([\s\S]*?)<\/clipPath>/g;
const ATTRIBUTE = /([\w:-]+)="([^"]*)"/g;
/** What a text element may carry; anything else would change its look, and this renderer would not draw it. */
const TEXT_ATTRIBUTES = new Set(['x', 'y', 'width', 'height', 'font-weight', 'font-style', 'font-size', 'font-family', 'letter-spacing', 'fill', 'clip-path']);
const ENTITY = /&(?:#(\d+)|#x([\da-f]+)|(amp|lt|gt|quot|apos));/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const attributes = (source: string) => new Map([...source.matchAll(ATTRIBUTE)].map((m) => [m[1]!, decode(m[2]!)]));

function decode(text: string): string {
  return text.replace(ENTITY, (_, decimal: string | undefined, hex: string | undefined, name: string | undefined) =>
    decimal ? String.fromCodePoint(Number(decimal)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : NAMED[name!.toLowerCase()]!,
  );
}

const urlId = (value: string | undefined) => (value ? /^url\(#([^)]+)\)$/.exec(value)?.[1] : undefined);

/** Each clip path of the SVG by id: its shape and its parent's id. */
function clipPaths(svg: string): Map<string, { shape: ClipShape; parent?: string }> {
  const clips = new Map<string, { shape: ClipShape; parent?: string }>();
  for (const [, head, body] of svg.matchAll(CLIP_PATH)) {
    const own = attributes(head!);
    const element = /<(rect|path|polygon)\b([^>]*)\/?>/.exec(body!);
    if (!element || body!.match(/<\w/g)!.length !== 1) throw new Error(`a card's clip path is not one rect, path or polygon: ${body}`);
    const shapeAttributes = attributes(element[2]!);
    const number = (name: string) => Number(shapeAttributes.get(name) ?? 0);
    const shape: ClipShape =
      element[1] === 'rect'
        ? { rect: [number('x'), number('y'), number('width'), number('height')] }
        : element[1] === 'path'
          ? { path: shapeAttributes.get('d')!, evenOdd: shapeAttributes.get('clip-rule') === 'evenodd' }
          : { path: `M${shapeAttributes.get('points')!.trim().split(/\s+/).join(' L')} Z`, evenOdd: shapeAttributes.get('clip-rule') === 'evenodd' };
    clips.set(own.get('id')!, { shape, parent: urlId(own.get('clip-path')) });
  }
  return clips;
}

/**
 * The SVG without the clip paths and masks nothing refers to: those of the text, which differ from card to card
 * with the words' boxes. A definition nothing uses draws nothing; removing one can leave another unused.
 */
function withoutUnused(svg: string): string {
  for (;;) {
    const used = svg.replace(DEFINITION, (definition, _tag: string, id: string) => (svg.includes(`url(#${id})`) ? definition : '')).replaceAll('<defs></defs>', '');
    if (used === svg) return svg;
    svg = used;
  }
}

/** The shapes of a satori SVG and its text runs, in drawing order. */
export function splitSvg(svg: string): SplitSvg {
  const clips = clipPaths(svg);
  // One array per clip path, so that runs inside the same clips share it (paint.ts changes clips only between arrays).
  const chains = new Map<string, ClipShape[]>();
  const NONE: ClipShape[] = [];
  const chain = (id: string | undefined): ClipShape[] => {
    if (!id) return NONE;
    let shapes = chains.get(id);
    if (shapes) return shapes;
    const clip = clips.get(id);
    if (!clip) throw new Error(`a card's text refers to the clip path #${id}, which the SVG does not define`);
    shapes = [...chain(clip.parent), clip.shape];
    chains.set(id, shapes);
    return shapes;
  };
  const runs: TextRun[] = [];
  for (const [, head, content] of svg.matchAll(TEXT)) {
    const text = decode(content!);
    const own = attributes(head!);
    const unknown = [...own.keys()].filter((name) => !TEXT_ATTRIBUTES.has(name));
    if (unknown.length > 0) throw new Error(`a card's text has attributes this renderer does not draw: ${unknown.join(', ')}`);
    const run: TextRun = {
      text,
      x: Number(own.get('x')),
      y: Number(own.get('y')),
      families: own.get('font-family')!.split(',').map((family) => family.trim()),
      weight: own.get('font-weight') ?? 'normal',
      style: own.get('font-style') ?? 'normal',
      size: Number(own.get('font-size')),
      fill: own.get('fill') ?? '#000',
      letterSpacing: Number(own.get('letter-spacing') ?? 0),
      clips: chain(urlId(own.get('clip-path'))),
    };
    if (text.trim() !== '') runs.push(run);
  }
  return { shapes: withoutUnused(svg.replace(TEXT, '')), runs };
}
