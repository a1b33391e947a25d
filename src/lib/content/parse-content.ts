// Content files as text to validated content: every syntax and schema problem located by line and column.
import type { z } from 'zod';
import { articleSchema, annotationFileSchema, KEBAB_CASE, sharedSourcesSchema, siteSettingsSchema } from '../../schemas/index.ts';
import type { Problem } from '../errors/problem.ts';
import type { AnnotationFileInput, ArticleInput, ContentInput, SharedSourcesInput } from '../site/types.ts';
import { schemaProblems } from './schema-problems.ts';
import { parseYamlSource, type YamlSource } from './yaml-document.ts';

/** A content file as read from disk. */
export interface ContentFile {
  /** Path relative to the project root, forward slashes: `content/articles/x.md`. */
  path: string;
  text: string;
}

export interface ParsedContent {
  input: ContentInput;
  problems: Problem[];
  /** Resolves the path-only problems of later checks to lines and columns. */
  locate(problem: Problem): Problem;
}

export const CONTENT_DIR = 'content';
const ARTICLE = /^content\/articles\/([^/]+)\.md$/;
const ANNOTATIONS = /^content\/annotations\/([^/]+)\.(yaml|yml)$/;
const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?^---[ \t]*(\r?\n|$)/m;

const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

function validate<S extends z.ZodType>(file: string, source: YamlSource, schema: S, problems: Problem[], what = 'the file'): z.infer<S> | undefined {
  if (source.problems.length > 0) {
    problems.push(...source.problems);
    return undefined;
  }
  if (source.data === undefined || source.data === null) {
    problems.push({ file, line: 1, column: 1, message: `${what} is empty`, hint: 'write the fields the authoring format requires, or remove the file.' });
    return undefined;
  }
  const result = schema.safeParse(source.data);
  if (!result.success) {
    problems.push(...schemaProblems(file, source, schema, result.error.issues));
    return undefined;
  }
  return result.data;
}

function slugProblem(file: string, slug: string): Problem | null {
  if (KEBAB_CASE.test(slug)) return null;
  return {
    file,
    line: 1,
    column: 1,
    message: `the file name "${slug}" is not a valid slug`,
    hint: 'name content files in kebab-case (lower-case letters and digits joined by hyphens): it becomes the article\'s address.',
  };
}

/** Parses and validates every content file; the site's base path is given by the build. */
export function parseContent(files: readonly ContentFile[], base: string): ParsedContent {
  const problems: Problem[] = [];
  const sources = new Map<string, YamlSource>();
  const articles: ArticleInput[] = [];
  const annotationFiles: AnnotationFileInput[] = [];
  const unreadableAnnotations: string[] = [];
  const unreadableArticles: string[] = [];
  let unreadableSharedSources = false;
  let sharedSources: SharedSourcesInput | null = null;
  let settings = siteSettingsSchema.parse({});

  for (const { path, text: raw } of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const text = stripBom(raw);
    if (path === `${CONTENT_DIR}/site.yaml`) {
      const source = parseYamlSource(path, text);
      sources.set(path, source);
      settings = validate(path, source, siteSettingsSchema, problems) ?? settings;
    } else if (path === `${CONTENT_DIR}/sources.yaml`) {
      const source = parseYamlSource(path, text);
      sources.set(path, source);
      const data = text.trim() === '' ? [] : validate(path, source, sharedSourcesSchema, problems);
      if (data) sharedSources = { file: path, sources: data };
      else unreadableSharedSources = true;
    } else if (ARTICLE.test(path)) {
      const slug = ARTICLE.exec(path)![1]!;
      const bad = slugProblem(path, slug);
      if (bad) {
        problems.push(bad);
        continue;
      }
      const match = FRONTMATTER.exec(text);
      if (!match || match.index !== 0) {
        unreadableArticles.push(slug);
        problems.push({ file: path, line: 1, column: 1, message: 'the article has no frontmatter', hint: 'start the file with a line "---", the fields (title, publisher, published), then a line "---" and the text.' });
        continue;
      }
      const source = parseYamlSource(path, match[1]!, { lineOffset: 1 });
      sources.set(path, source);
      const meta = validate(path, source, articleSchema, problems, 'the frontmatter');
      if (meta) articles.push({ slug, file: path, meta, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length });
      else unreadableArticles.push(slug);
    } else if (ANNOTATIONS.test(path)) {
      const [, slug, extension] = ANNOTATIONS.exec(path)!;
      if (extension === 'yml') {
        problems.push({ file: path, line: 1, column: 1, message: 'annotation files end in .yaml', hint: `rename it to content/annotations/${slug}.yaml.` });
        continue;
      }
      const bad = slugProblem(path, slug!);
      if (bad) {
        problems.push(bad);
        continue;
      }
      const source = parseYamlSource(path, text);
      sources.set(path, source);
      const data = validate(path, source, annotationFileSchema, problems);
      if (data) annotationFiles.push({ slug: slug!, file: path, data });
      else unreadableAnnotations.push(slug!);
    }
  }

  const locate = (problem: Problem): Problem => {
    if (problem.line !== undefined) return problem;
    const source = sources.get(problem.file);
    if (!source || !problem.path) return { ...problem, line: 1, column: 1 };
    return { ...problem, ...source.locate(problem.path) };
  };
  return { input: { settings, base, articles, annotationFiles, sharedSources, unreadableAnnotations, unreadableArticles, unreadableSharedSources }, problems, locate };
}
