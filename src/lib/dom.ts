// The markup contract of the article page: the ids, classes and data attributes shared by the rehype step, the
// components, the scripts and the tests (the stylesheet spells the same class names). Browser-safe: plain strings.

/** Element ids. `claim-<id>` and `figure-<id>` are the public contract (shared links land on them). */
export const ids = {
  /** The first mark of an annotation, or an empty target inside it: `/articles/<slug>/#claim-<id>`. */
  claim: (id: string) => `claim-${id}`,
  /** The note of an annotation beside the text: `/articles/<slug>/#note-<id>`. */
  note: (id: string) => `note-${id}`,
  /** The number heading a note, which names it. */
  noteLabel: (id: string) => `note-${id}-label`,
  figure: (id: string) => `figure-${id}`,
} as const;

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
  /** The numbered link after an annotation's last mark, leading to its note. */
  noteRef: 'note-ref',
  /** An empty element carrying a `claim-<id>` target when the mark's own id is taken. */
  claimTarget: 'claim-target',
  /** Set on the article body once the script has placed the sidenotes. */
  sidenotesPlaced: 'sidenotes-placed',
  /** A mark, reference or note of the annotation being read. */
  active: 'is-active',
} as const;

/** Data attributes, as written in HTML; `property` gives the name hast uses for the same attribute. */
export const data = {
  /** On a mark: the ids of every annotation covering its stretch, space separated. */
  claims: 'data-claims',
  /** On a note reference: the annotation it leads to. */
  note: 'data-note',
  /** On a note: the annotation it belongs to. */
  noteFor: 'data-note-for',
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
  anyNote: `.${classes.note}`,
  passagesWithNotes: `.${classes.passage}.${classes.passageWithNotes}`,
} as const;

/** The annotation ids a mark lists. */
export function claimsOfMark(value: unknown): string[] {
  return typeof value === 'string' ? value.split(' ').filter(Boolean) : [];
}
