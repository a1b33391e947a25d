// Links into a source at the words an evidence excerpt quotes: text fragments (`#:~:text=`), built by their grammar.
//
//   text=[prefix-,]start[,end][,-suffix]
//
// A browser that supports them scrolls to the first passage that matches and highlights it; one that does not
// ignores the directive and opens the page at its top, so a link with a fragment never does worse than one without.

export interface TextDirective {
  /** The first words of the passage, or all of it when `end` is absent. */
  start: string;
  /** The last words of the passage, for a long one: the browser highlights from `start` to the first `end` after it. */
  end?: string;
  /** Words right before the passage: they pick one occurrence of a short passage that the source has several times. */
  prefix?: string;
  /** Words right after the passage, likewise. */
  suffix?: string;
}

/**
 * A term of a directive, percent-encoded. `-`, `,` and `&` separate the parts of a directive and the directives
 * of a fragment, so inside a term they are encoded too; `encodeURIComponent` leaves `-` as it is.
 */
export function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

/** The directive as written after `:~:`. */
export function serializeTextDirective(directive: TextDirective): string {
  const parts = [
    directive.prefix ? `${encodeTerm(directive.prefix)}-` : null,
    encodeTerm(directive.start),
    directive.end ? encodeTerm(directive.end) : null,
    directive.suffix ? `-${encodeTerm(directive.suffix)}` : null,
  ];
  return `text=${parts.filter((part) => part !== null).join(',')}`;
}

/** The address with the directive; a fragment the address already has is kept (the directive follows `:~:`). */
export function withTextFragment(url: string, directive: TextDirective): string {
  const hash = url.indexOf('#');
  const fragment = hash === -1 ? '' : url.slice(hash + 1);
  const base = hash === -1 ? url : url.slice(0, hash);
  // An address that already carries a directive gets this one in its place.
  const kept = fragment.split(':~:')[0];
  return `${base}#${kept}:~:${serializeTextDirective(directive)}`;
}

// Past this many words an excerpt is linked by its first and last words: a shorter address, and a passage that
// may run over paragraphs (a single term matches within one block of the page only).
const WHOLE_MAX_WORDS = 10;
const EDGE_WORDS = 5;
const CONTEXT_WORDS = 3;
// An ellipsis marks words the editor left out: "[…]", "(...)", "…".
const ELLIPSIS = /\s*[[(]?(?:…|\.\.\.)[\])]?\s*/u;
// Quote marks the editor may have put around the words, and stray white space, are not part of the source's text.
const EDGES = /^[\s"'“”‘’«»„]+|[\s"'“”‘’«»„]+$/gu;

const words = (text: string) => text.replace(EDGES, '').split(/\s+/u).filter(Boolean);

/**
 * The directive that finds an excerpt in its source: the whole excerpt when it is short; its first and last words
 * when it is long or leaves words out; with the words around it when the editor gave them. Null when the excerpt
 * has no words.
 */
export function excerptDirective(excerpt: string, context: { prefix?: string | undefined; suffix?: string | undefined } = {}): TextDirective | null {
  const pieces = excerpt.split(ELLIPSIS).map(words).filter((piece) => piece.length > 0);
  const first = pieces[0];
  const last = pieces.at(-1);
  if (!first || !last) return null;
  const all = pieces.flat();
  const directive: TextDirective =
    pieces.length === 1 && all.length <= WHOLE_MAX_WORDS
      ? { start: all.join(' ') }
      : pieces.length === 1
        ? { start: all.slice(0, EDGE_WORDS).join(' '), end: all.slice(-EDGE_WORDS).join(' ') }
        : { start: first.slice(0, EDGE_WORDS).join(' '), end: last.slice(-EDGE_WORDS).join(' ') };
  const prefix = context.prefix ? words(context.prefix).slice(-CONTEXT_WORDS).join(' ') : '';
  const suffix = context.suffix ? words(context.suffix).slice(0, CONTEXT_WORDS).join(' ') : '';
  return { ...directive, ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) };
}

/** The source's address at the excerpt, or the address alone when the excerpt has no words. */
export function linkToExcerpt(url: string, excerpt: string | undefined, context: { prefix?: string | undefined; suffix?: string | undefined } = {}): string {
  const directive = excerpt ? excerptDirective(excerpt, context) : null;
  return directive ? withTextFragment(url, directive) : url;
}
