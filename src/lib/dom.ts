// The markup contract of the article page: the ids, classes and data attributes shared by the rehype step, the
// components, the scripts and the tests (the stylesheet spells the same class names). Browser-safe: plain strings.
import { KEBAB_CASE } from '../schemas/id-pattern.ts';

/** Element ids. `claim-<id>` and `figure-<id>` are the public contract (shared links land on them). */
export const ids = {
  /** The first mark of an annotation, or an empty target inside it: `/articles/<slug>/#claim-<id>`. */
  claim: (id: string) => `claim-${id}`,
  /** The note of an annotation beside the text: `/articles/<slug>/#note-<id>`. */
  note: (id: string) => `note-${id}`,
  /** The number heading a note, which names it. */
  noteLabel: (id: string) => `note-${id}-label`,
  figure: (id: string) => `figure-${id}`,
  /** The reader's filter of the article page. */
  readingFilter: 'reading-filter',
  /** The title of the choice of annotations offered by a stretch that several cover. */
  chooserTitle: 'mark-chooser-title',
  /** The heading of the printed endnotes. */
  endnotesHeading: 'endnotes-heading',
} as const;

/** The annotation id in a `#claim-<id>` or `#note-<id>` address, with which of the two it is. */
export function parseHash(hash: string): { kind: 'claim' | 'note'; id: string } | null {
  const match = /^#(claim|note)-(.*)$/.exec(hash);
  return match && KEBAB_CASE.test(match[2]!) ? { kind: match[1] as 'claim' | 'note', id: match[2]! } : null;
}

/** Class names. */
export const classes = {
  /** The article's text and notes. */
  articleBody: 'article-body',
  /** One block of the text (a paragraph, a heading, a list) with the notes of the quotes that begin in it. */
  passage: 'passage',
  /** A passage that has notes. */
  passageWithNotes: 'has-notes',
  passageText: 'passage-text',
  /** The notes of a passage. */
  notes: 'notes',
  note: 'note',
  /** The number of a note, linking back to its mark. */
  noteNumber: 'note-number',
  /** A verdict or kind, in words, coloured by a `verdict-<verdict>` or `kind-<kind>` class. */
  badge: 'badge',
  /** The finding of a note, in one sentence. */
  noteSummary: 'note-summary',
  /** The numbered link after an annotation's last mark, leading to its note. */
  noteRef: 'note-ref',
  /** An empty element carrying a `claim-<id>` target when the mark's own id is taken. */
  claimTarget: 'claim-target',
  /** Set on the article body once the script has placed the sidenotes. */
  sidenotesPlaced: 'sidenotes-placed',
  /** A sidenote cut to its first lines. */
  clamped: 'is-clamped',
  /** A popover shown above its reference, for want of room below. */
  above: 'is-above',
  /** A mark, reference or note of the annotation being read. */
  active: 'is-active',
  /** Set on the article body while the script makes marks open their notes. */
  marksOpen: 'marks-open',
  /** The choice of annotations offered by a stretch that several cover. */
  chooser: 'mark-chooser',
  /** A mark, reference or note that the reader's filter hides. */
  filtered: 'is-filtered',
  /** Set on the article body while the reader has turned highlighting off. */
  highlightsOff: 'highlights-off',
  /** The legend and the reader's controls, in the article header. */
  readingControls: 'reading-controls',
  /** What the reader's filter hides, in words. */
  filterStatus: 'filter-status',
  /** What the reader's filter shows and hides, in a sentence read out when it changes. */
  filterCount: 'filter-count',
  /** The notes as numbered endnotes, for print. */
  endnotes: 'endnotes',
  endnote: 'endnote',
} as const;

/** Data attributes, as written in HTML; `property` gives the name hast uses for the same attribute. */
export const data = {
  /** On a mark: the ids of every annotation covering its stretch, space separated. */
  claims: 'data-claims',
  /** On a note reference: the annotation it leads to. */
  note: 'data-note',
  /** On a note: the annotation it belongs to. */
  noteFor: 'data-note-for',
  /** On a note: what the reader's filter sorts it by, `verdict-<verdict>` or `kind-<kind>`. */
  category: 'data-category',
  /** On the reader's filter: every category of the site, space separated. */
  categories: 'data-categories',
  /** On a button of the reader's filter: the categories it keeps, space separated (empty: all). */
  preset: 'data-preset',
  /** On a button of the choice of annotations: the annotation it opens. */
  choice: 'data-choice',
} as const;

/** Names of the reader's filter's fields. */
export const fields = {
  /** A checkbox per category: checked shows its annotations. */
  show: 'show',
  /** A checkbox: highlighting of annotated passages on or off. */
  highlights: 'highlights',
} as const;

/** The hast property name of a data attribute: `data-note-for` gives `dataNoteFor`. */
export function property(attribute: (typeof data)[keyof typeof data]): string {
  return attribute.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** CSS selectors built from the contract, for scripts and tests. */
export const select = {
  marksOf: (id: string) => `mark[${data.claims}~="${id}"]`,
  anyMark: `mark[${data.claims}]`,
  refOf: (id: string) => `.${classes.noteRef}[${data.note}="${id}"]`,
  anyRef: `.${classes.noteRef}`,
  noteOf: (id: string) => `.${classes.note}[${data.noteFor}="${id}"]`,
  anyNote: `.${classes.note}`,
  passagesWithNotes: `.${classes.passage}.${classes.passageWithNotes}`,
  endnoteOf: (id: string) => `.${classes.endnote}[${data.noteFor}="${id}"]`,
} as const;

/** The annotation ids a mark lists. */
export function claimsOfMark(value: unknown): string[] {
  return typeof value === 'string' ? value.split(' ').filter(Boolean) : [];
}

/** The reader's choices, kept in the browser's storage so that they hold on every article. */
export const storageKey = 'annotated-news:reading';
