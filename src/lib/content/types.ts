// The content as read and validated against the schemas, before it is joined into the site graph.
import type { AnnotationFile, ArticleMeta, SiteSettings, Source } from '../../schemas/index.ts';

export interface ArticleInput {
  slug: string;
  /** Path of the Markdown file, relative to the project root. */
  file: string;
  meta: ArticleMeta;
  body: string;
  /** Line of the file where the body begins, for locating problems in it. */
  bodyLine: number;
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

/** Everything a build reads, validated against the schemas. */
export interface ContentInput {
  settings: SiteSettings;
  articles: ArticleInput[];
  annotationFiles: AnnotationFileInput[];
  sharedSources: SharedSourcesInput | null;
  /** Slugs whose annotation file exists but could not be read; references into them are not judged. */
  unreadableAnnotations: string[];
  /** Slugs of articles whose file exists but could not be read; their annotation files are not orphans. */
  unreadableArticles: string[];
  /** Set when content/sources.yaml exists but could not be read; unknown sources are then not judged. */
  unreadableSharedSources: boolean;
}
