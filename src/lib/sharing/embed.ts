// Embedding an annotation in another site: the size of its embed page, the <iframe> that shows it, and its oEmbed.
import { escapeAttr } from '../escape.ts';
import { paths } from '../paths.ts';
import type { ResolvedAnnotation } from '../graph/types.ts';
import { annotationLabel } from '../vocabulary.ts';

/** The width the embed page is laid out for, in CSS pixels; it narrows with its frame. */
export const EMBED_WIDTH = 550;
const MIN_HEIGHT = 220;
const MAX_HEIGHT = 720;

// The embed page's layout in numbers (src/styles/embed.css draws it): fixed parts, then lines of text whose
// length is estimated from a generous character count per line, so that the frame is never too short.
const LAYOUT = {
  /** Padding, border, the site's name, the verdict badge, the link to the full check, and the gaps between. */
  fixed: 2 * 16 + 2 + 20 + 10 + 30 + 12 + 22 + 3 * 12,
  quote: { lineHeight: 28, charsPerLine: 42 },
  line: { lineHeight: 24, charsPerLine: 56 },
} as const;

const lines = (text: string, charsPerLine: number) => Math.max(1, Math.ceil([...text].length / charsPerLine));

export interface EmbedText {
  quote: string;
  summary: string;
  claimant?: string | undefined;
  /** The likely original wording, for a correction. */
  correction?: string | undefined;
}

/** The frame's height for an annotation at `EMBED_WIDTH`: enough for its text, within bounds. */
export function embedHeight(text: EmbedText): number {
  const quote = lines(`“${text.quote}”`, LAYOUT.quote.charsPerLine) * LAYOUT.quote.lineHeight;
  const rest = [text.summary, text.claimant ? `Claimed by ${text.claimant}` : '', text.correction ? `Likely original: “${text.correction}”` : '']
    .filter(Boolean)
    .reduce((sum, line) => sum + lines(line, LAYOUT.line.charsPerLine) * LAYOUT.line.lineHeight + 8, 0);
  return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, LAYOUT.fixed + quote + rest));
}

export interface EmbedFrame {
  /** Absolute address of the embed page. */
  src: string;
  /** The frame's accessible name. */
  title: string;
  height: number;
}

/**
 * The <iframe> that shows the embed page. The page runs no script, so the frame is sandboxed without scripts; its
 * links may open a new tab (which leaves the sandbox) or, on a click, the top window.
 */
export function iframeHtml(frame: EmbedFrame): string {
  return (
    `<iframe src="${escapeAttr(frame.src)}" title="${escapeAttr(frame.title)}" width="${EMBED_WIDTH}" height="${frame.height}" ` +
    'loading="lazy" sandbox="allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation" ' +
    'style="border: 0; max-width: 100%;"></iframe>'
  );
}

/** The frame of an annotation's embed page; `absolute` makes a site path an absolute address. */
export function annotationFrame(resolved: ResolvedAnnotation, siteName: string, absolute: (path: string) => string): EmbedFrame {
  const { annotation, quote } = resolved;
  return {
    src: absolute(paths.embed(resolved.article, annotation.id)),
    title: `${annotationLabel(annotation).label}: “${quote.quote}” (${siteName})`,
    height: embedHeight({ quote: quote.quote, summary: annotation.summary, claimant: annotation.claimant, correction: annotation.correction }),
  };
}

export interface OEmbedInput {
  frame: EmbedFrame;
  /** The annotation's name as a title: "Contradicted: “…”". */
  title: string;
  /** The reviewers, as oEmbed names one author. */
  author: { name: string; url?: string | undefined };
  provider: { name: string; url: string };
  thumbnail: { url: string; width: number; height: number };
}

/** The oEmbed response of type rich (oEmbed 1.0, section 2.3.4): the frame as `html`, with its size. */
export function oembedDocument(input: OEmbedInput): Record<string, string | number> {
  return {
    version: '1.0',
    type: 'rich',
    title: input.title,
    author_name: input.author.name,
    ...(input.author.url ? { author_url: input.author.url } : {}),
    provider_name: input.provider.name,
    provider_url: input.provider.url,
    // A day: long enough to spare the site, short enough for an update to show the same day.
    cache_age: 86400,
    thumbnail_url: input.thumbnail.url,
    thumbnail_width: input.thumbnail.width,
    thumbnail_height: input.thumbnail.height,
    html: iframeHtml(input.frame),
    width: EMBED_WIDTH,
    height: input.frame.height,
  };
}
