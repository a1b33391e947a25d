// The site graph: every article, annotation, figure and source, joined and anchored, as plain data.
// No HTML and no base path: pages render what they show from it.
import type { Root } from 'hast';
import type { Annotation, ArticleMeta, Figure, Reviewer, SiteSettings, Source, Stance } from '../../schemas/index.ts';
import type { TextRange } from '../anchoring/match.ts';

/** The quoted passage, with the article text around it. */
export interface QuoteInContext {
  before: string;
  quote: string;
  after: string;
}

export interface ResolvedAnnotation {
  article: string;
  /** Position in reading order, from 1. */
  number: number;
  annotation: Annotation;
  /** Where the quote is in the article's text (the text of `ArticleView.body`, block boundaries as spaces). */
  range: TextRange;
  quote: QuoteInContext;
  /** Index of the article block (a top-level element of the body) where the quote begins. */
  block: number;
  related: { article: string; id: string }[];
}

export interface PlacedFigure {
  figure: Figure;
  article: string;
  /** Figure number in reading order, from 1. */
  number: number;
  /** The block it follows, or null when it closes the article. */
  afterBlock: number | null;
  /** The annotations that list it. */
  listedBy: string[];
}

export interface ArticleView {
  slug: string;
  file: string;
  /** A digest of the article's files as written (its Markdown and its annotation file): changes with either. */
  digest: string;
  meta: ArticleMeta;
  /** The annotation file's review details, or null for a plain article. */
  review: { file: string; reviewed: string; reviewers: Reviewer[] } | null;
  /** The article's text, sanitised, without marks, links as written; its top-level elements are its blocks. */
  body: Root;
  /** In reading order. */
  annotations: ResolvedAnnotation[];
  /** In reading order. */
  figures: PlacedFigure[];
}

export interface Citation {
  article: string;
  annotation: string | null;
  figure: string | null;
  stance: Stance | null;
}

export interface SiteSource {
  source: Source;
  file: string;
  citations: Citation[];
}

export interface Site {
  settings: SiteSettings;
  /** Newest first. */
  articles: ArticleView[];
  sources: SiteSource[];
}
