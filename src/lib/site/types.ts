// The site graph: every article, annotation, figure and source, joined, as the pages read it.
import type { Root } from 'hast';
import type { Annotation, AnnotationFile, ArticleMeta, Figure, SiteSettings, Source } from '../../schemas/index.ts';

export interface ArticleInput {
  slug: string;
  /** Path of the Markdown file, relative to the project root. */
  file: string;
  meta: ArticleMeta;
  body: string;
  /** Line of the file where the body begins, for locating problems in it (1 when unknown). */
  bodyLine?: number;
}

export interface AnnotationFileInput {
  slug: string;
  file: string;
  data: AnnotationFile;
}

export interface SharedSourcesInput {
  file: string;
  sources: Source[];
}

/** Everything the build reads, validated against the schemas. */
export interface ContentInput {
  settings: SiteSettings;
  /** The site's base path, ending with a slash. */
  base: string;
  articles: ArticleInput[];
  annotationFiles: AnnotationFileInput[];
  sharedSources: SharedSourcesInput | null;
  /** Slugs whose annotation file exists but could not be read; references into them are not judged. */
  unreadableAnnotations?: string[];
  /** Slugs of articles whose file exists but could not be read; their annotation files are not orphans. */
  unreadableArticles?: string[];
  /** Set when content/sources.yaml exists but could not be read; unknown sources are then not judged. */
  unreadableSharedSources?: boolean;
}

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
  quote: QuoteInContext;
  /** Where the quote lies in the article's text (offsets into its text index, end excluded). */
  range: { start: number; end: number };
  /** Index of the article block (paragraph) where the quote begins. */
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

/** One top-level block of the article's text (a paragraph, a heading, a list), as rendered HTML. */
export interface ArticleBlock {
  html: string;
  /** Annotations whose quotes begin in this block, in reading order. */
  annotations: string[];
  /** Figures placed right after it. */
  figures: string[];
}

export interface ArticleView {
  slug: string;
  file: string;
  meta: ArticleMeta;
  /** The annotation file's review details, or null for a plain article. */
  review: { file: string; reviewed: string; reviewers: { name: string; url?: string | undefined }[] } | null;
  blocks: ArticleBlock[];
  annotations: ResolvedAnnotation[];
  figures: PlacedFigure[];
  /** The annotated tree of the article's text. */
  tree: Root;
}

export interface Citation {
  article: string;
  annotation: string | null;
  figure: string | null;
  stance: 'supports' | 'contradicts' | 'context' | null;
}

export interface SiteSource {
  source: Source;
  file: string;
  citations: Citation[];
}

export interface Site {
  settings: SiteSettings;
  base: string;
  /** Newest first. */
  articles: ArticleView[];
  sources: SiteSource[];
}
