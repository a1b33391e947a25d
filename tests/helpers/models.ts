// The published formats the site's documents must follow, written as schemas to check them against: the W3C Web
// Annotation Data Model (the parts the site uses), oEmbed 1.0's rich type, and schema.org ClaimReview as its readers
// use it.
import { z } from 'zod';

const absoluteUrl = z.string().refine((value) => /^https?:\/\/[^/]+\//.test(value) && URL.canParse(value), { error: 'must be an absolute http(s) URL' });
// xsd:dateTime, with a time zone as the model asks.
const dateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/, { error: 'must be an xsd:dateTime with a time zone' });

// Web Annotation Data Model, section 3.3.5: the motivations, which are also the purposes of bodies.
const motivation = z.enum(['assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting', 'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging']);

const agent = z.strictObject({ type: z.enum(['Person', 'Organization', 'Software']), name: z.string().min(1), homepage: absoluteUrl.optional() });

// Section 3.2.4: an embedded textual body.
const textualBody = z.strictObject({
  type: z.literal('TextualBody'),
  value: z.string().min(1),
  format: z.literal('text/plain'),
  purpose: motivation,
});

// Sections 4.2.4 and 4.2.5: text quote and text position selectors.
export const textQuoteSelector = z.strictObject({ type: z.literal('TextQuoteSelector'), exact: z.string().min(1), prefix: z.string(), suffix: z.string() });
export const textPositionSelector = z
  .strictObject({ type: z.literal('TextPositionSelector'), start: z.int().nonnegative(), end: z.int().nonnegative() })
  .refine((s) => s.end > s.start, { error: 'end must follow start' });

export const webAnnotation = z.strictObject({
  id: absoluteUrl,
  type: z.literal('Annotation'),
  motivation,
  created: dateTime,
  modified: dateTime.optional(),
  creator: z.union([agent, z.array(agent).min(1)]),
  body: z.array(textualBody).min(2),
  // A specific resource of the article page, with the alternative selectors of one passage.
  target: z.strictObject({ source: absoluteUrl, selector: z.tuple([textQuoteSelector, textPositionSelector]) }),
});

// Section 5: a collection with its first (here its only) page embedded.
export const annotationCollection = z.strictObject({
  '@context': z.literal('http://www.w3.org/ns/anno.jsonld'),
  id: absoluteUrl,
  type: z.literal('AnnotationCollection'),
  label: z.string().min(1),
  total: z.int().nonnegative(),
  creator: agent,
  first: z.strictObject({ id: absoluteUrl, type: z.literal('AnnotationPage'), startIndex: z.literal(0), items: z.array(webAnnotation) }),
});

// oEmbed 1.0, sections 2.3.4 and 2.3.4.4: every response has version and type; the rich type has html, width and
// height; the site also gives its provider, a title, the author and a thumbnail, whose three fields go together.
export const oembedRich = z.strictObject({
  version: z.literal('1.0'),
  type: z.literal('rich'),
  title: z.string().min(1),
  author_name: z.string().min(1),
  author_url: absoluteUrl.optional(),
  provider_name: z.string().min(1),
  provider_url: absoluteUrl,
  cache_age: z.int().positive(),
  thumbnail_url: absoluteUrl,
  thumbnail_width: z.int().positive(),
  thumbnail_height: z.int().positive(),
  html: z.string().regex(/^<iframe [^>]*><\/iframe>$/),
  width: z.int().positive(),
  height: z.int().positive(),
});

const organisation = z.strictObject({ '@type': z.literal('Organization'), name: z.string().min(1), url: absoluteUrl });
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/);

// What the readers of ClaimReview use (Google's Fact Check tools, Bing, fact-check data sets): the claim, who made it
// and where, the rating with its name and explanation, the fact-checker with an address, and the dates.
export const claimReview = z.strictObject({
  '@context': z.literal('https://schema.org'),
  '@type': z.literal('ClaimReview'),
  url: absoluteUrl,
  claimReviewed: z.string().min(1),
  datePublished: isoDay,
  dateModified: isoDay,
  author: z.union([organisation, z.array(organisation).min(1)]),
  publisher: organisation,
  reviewBody: z.string().min(1),
  reviewRating: z.strictObject({
    '@type': z.literal('Rating'),
    ratingValue: z.number(),
    bestRating: z.literal(5),
    worstRating: z.literal(1),
    alternateName: z.string().min(1),
    ratingExplanation: z.string().min(1),
  }),
  itemReviewed: z.strictObject({
    '@type': z.literal('Claim'),
    author: z.strictObject({ '@type': z.enum(['Person', 'Organization']), name: z.string().min(1) }),
    datePublished: isoDay,
    appearance: z.looseObject({ '@type': z.string(), url: absoluteUrl }),
  }),
});
