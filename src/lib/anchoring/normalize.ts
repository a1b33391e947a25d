// The contract's text normalisation, keeping a map from every normalised character back to the original text.

/** Text after normalisation, with the original offsets each of its characters came from. */
export interface NormalizedText {
  text: string;
  /** `start[i]`: offset in the original text where normalised character `i` begins. */
  start: number[];
  /** `end[i]`: offset in the original text right after the characters normalised character `i` stands for. */
  end: number[];
}

const SINGLE_QUOTES = new Set(['\u2018', '\u2019', '\u201A', '\u201B', '\u2032']);
const DOUBLE_QUOTES = new Set(['\u201C', '\u201D', '\u201E', '\u201F', '\u2033']);
const WHITE_SPACE = /\s/u;
const COMBINING_MARK = /\p{M}/u;

function replacementOf(char: string): string {
  if (SINGLE_QUOTES.has(char)) return "'";
  if (DOUBLE_QUOTES.has(char)) return '"';
  const code = char.codePointAt(0)!;
  if (code >= 0x2010 && code <= 0x2015) return '-';
  if (char === '\u2026') return '...';
  return char;
}

/**
 * Normalises text as the format prescribes (NFC, white space runs to one space, typographic
 * quotes, dashes and ellipses to ASCII; case kept) and maps each result character to its origin.
 */
export function normalizeWithMap(input: string): NormalizedText {
  const chars = Array.from(input);
  const out: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  let offset = 0;
  let index = 0;
  while (index < chars.length) {
    // A base character and the combining marks after it form one cluster, so NFC composes within it.
    let cluster = chars[index]!;
    let next = index + 1;
    while (next < chars.length && COMBINING_MARK.test(chars[next]!)) cluster += chars[next++]!;
    const clusterStart = offset;
    const clusterEnd = offset + cluster.length;
    if (WHITE_SPACE.test(cluster)) {
      if (out.length > 0 && out[out.length - 1] === ' ' && end[end.length - 1] === clusterStart) {
        end[end.length - 1] = clusterEnd;
      } else {
        out.push(' ');
        start.push(clusterStart);
        end.push(clusterEnd);
      }
    } else {
      for (const char of Array.from(cluster.normalize('NFC'))) {
        const replaced = replacementOf(char);
        // One entry per UTF-16 unit, so that offsets into the joined text index the maps.
        for (let unit = 0; unit < replaced.length; unit++) {
          out.push(replaced[unit]!);
          start.push(clusterStart);
          end.push(clusterEnd);
        }
      }
    }
    offset = clusterEnd;
    index = next;
  }
  return { text: out.join(''), start, end };
}

/** Normalises text as the format prescribes, without the offset map. */
export function normalizeText(input: string): string {
  return normalizeWithMap(input).text;
}
