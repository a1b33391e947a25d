// The `_headers` file that Netlify and Cloudflare Pages read: security headers for every response, framing refused
// except for the embed pages, CORS and types for the data documents, long caching for files named by their hash.
//
// The two hosts merge the headers of every rule that matches a request, but differently when two rules set the same
// header: Cloudflare joins the values with a comma (two Content-Security-Policy values would be two policies, both
// enforced), Netlify keeps one. So no header is set by two rules that can match the same address, and the file means
// the same on both.
import { paths, withBase } from '../paths.ts';

/**
 * The Content-Security-Policy of every response. Scripts and stylesheets come from the site only, never inline
 * (the build writes them all as files); 'wasm-unsafe-eval' lets Pagefind's search compile its WebAssembly, and
 * allows no `eval` of JavaScript; images may be `data:` URLs, as the search interface's icon is (an image runs no
 * script). Framing is left to X-Frame-Options, which the embed pages do not send.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** A year, and `immutable`: a file whose name holds the hash of its content never changes under that name. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

export interface HeaderRule {
  /** Why the rule is there, written above it. */
  comment: string;
  /** Site paths (under the base path in the file); `*` matches anything, `:name` one path segment. */
  paths: string[];
  headers: [name: string, value: string][];
}

/** Every page but the embed pages: the pages no other site may put in a frame. */
const FRAMED_NEVER = [
  paths.home(),
  paths.article(':article'),
  paths.claim(':article', ':claim'),
  paths.source(':source'),
  paths.claims(),
  paths.updates(),
  paths.verdicts(),
  paths.search(),
  paths.notFound(),
];

export const HEADER_RULES: HeaderRule[] = [
  {
    comment: 'Every response: what may load, and no guessing of types; other sites learn the origin only.',
    paths: ['/*'],
    headers: [
      ['Content-Security-Policy', CONTENT_SECURITY_POLICY],
      ['X-Content-Type-Options', 'nosniff'],
      ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ],
  },
  {
    comment: `Every page but the embed pages (${paths.embed(':article', ':claim')}), which other sites frame: no framing.`,
    paths: FRAMED_NEVER,
    headers: [['X-Frame-Options', 'DENY']],
  },
  {
    comment: 'The data documents, for tools that fetch them from other sites.',
    paths: [paths.oembed(':article', ':claim')],
    headers: [['Access-Control-Allow-Origin', '*']],
  },
  {
    comment: 'The Web Annotation collections, with the media type of the model.',
    paths: [paths.webAnnotations(':article')],
    headers: [
      ['Access-Control-Allow-Origin', '*'],
      ['Content-Type', 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"'],
    ],
  },
  {
    comment: 'Files named by the hash of their content: the build\'s scripts and stylesheets, the search index\'s parts.',
    paths: [
      `${paths.assets()}*`,
      ...['index', 'fragment', 'filter'].map((part) => `${paths.searchBundle()}${part}/*`),
    ],
    headers: [['Cache-Control', IMMUTABLE]],
  },
];

/** The text of `_headers` for a site under `base`: one block per path, as both hosts read them. */
export function headersFile(base: string, rules: readonly HeaderRule[] = HEADER_RULES): string {
  const blocks = rules.map((rule) =>
    [`# ${rule.comment}`, ...rule.paths.flatMap((path) => [withBase(base, path), ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)])].join('\n'),
  );
  return `# Response headers for Netlify and Cloudflare Pages, written by the build.\n\n${blocks.join('\n\n')}\n`;
}
