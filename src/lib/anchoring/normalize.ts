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
  const out: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  let offset = 0;
  while (offset < input.length) {
    const code = input.charCodeAt(offset);
    // Most of a text is ASCII not followed by a combining mark (all of which lie at U+0300 or above): such a
    // character is a cluster of its own that NFC and the replacements leave as it is.
    if (code < 0x80 && !(input.charCodeAt(offset + 1) >= 0x300)) {
      if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) addSpace(out, start, end, offset, offset + 1);
      else {
        out.push(input[offset]!);
        start.push(offset);
        end.push(offset + 1);
      }
      offset += 1;
      continue;
    }
    // A base character and the combining marks after it form one cluster, so NFC composes within it.
    let clusterEnd = offset + codePointLength(input, offset);
    while (clusterEnd < input.length && COMBINING_MARK.test(String.fromCodePoint(input.codePointAt(clusterEnd)!))) clusterEnd += codePointLength(input, clusterEnd);
    const cluster = input.slice(offset, clusterEnd);
    if (WHITE_SPACE.test(cluster)) addSpace(out, start, end, offset, clusterEnd);
    else {
      for (const char of Array.from(cluster.normalize('NFC'))) {
        const replaced = replacementOf(char);
        // One entry per UTF-16 unit, so that offsets into the joined text index the maps.
        for (let unit = 0; unit < replaced.length; unit++) {
          out.push(replaced[unit]!);
          start.push(offset);
          end.push(clusterEnd);
        }
      }
    }
    offset = clusterEnd;
  }
  return { text: out.join(''), start, end };
}

const codePointLength = (text: string, at: number) => (text.codePointAt(at)! > 0xffff ? 2 : 1);

/** A run of white space becomes one space that stands for the whole run. */
function addSpace(out: string[], start: number[], end: number[], from: number, to: number): void {
  if (out.length > 0 && out[out.length - 1] === ' ' && end[end.length - 1] === from) {
    end[end.length - 1] = to;
  } else {
    out.push(' ');
    start.push(from);
    end.push(to);
  }
}

/** Normalises text as the format prescribes, without the offset map. */
export function normalizeText(input: string): string {
  return normalizeWithMap(input).text;
}
