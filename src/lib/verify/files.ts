// Content files as text to validated content: names, syntax and schema of every file, each problem located.
import type { z } from 'zod';
import { annotationFileSchema, articleSchema, KEBAB_CASE, sharedSourcesSchema, siteSettingsSchema } from '../../schemas/index.ts';
import { classifyPath } from '../content/content-paths.ts';
import { splitFrontmatter } from '../content/frontmatter.ts';
import type { ContentFile } from '../content/read-files.ts';
import type { AnnotationFileInput, ArticleInput, ContentInput } from '../content/types.ts';
import { parseYaml, type YamlSource } from '../content/yaml-source.ts';
import type { Problem } from './problem.ts';
import { closestIdHint } from './references.ts';
import { schemaProblems } from './schema.ts';
import { syntaxProblems } from './syntax.ts';

export interface ReadContent {
  input: ContentInput;
  problems: Problem[];
  /** Resolves the path-only problems of later checks to lines and columns. */
  locate(problem: Problem): Problem;
}

const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

function validate<S extends z.ZodType>(file: string, source: YamlSource, schema: S, problems: Problem[], what = 'the file'): z.infer<S> | undefined {
  if (source.issues.length > 0) {
    problems.push(...syntaxProblems(file, source.issues));
    return undefined;
  }
  if (source.data === undefined || source.data === null) {
    problems.push({ rule: 'file-empty', file, line: 1, column: 1, message: `${what} is empty`, hint: 'write the fields the authoring format requires, or remove the file.' });
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
    rule: 'file-name-not-slug',
    file,
    line: 1,
    column: 1,
    message: `the file name "${slug}" is not a valid slug`,
    hint: 'name content files in kebab-case (lower-case letters and digits joined by hyphens): it becomes the article\'s address.',
  };
}

/** Parses and validates every content file, each once. */
export function readContent(files: readonly ContentFile[]): ReadContent {
  const problems: Problem[] = [];
  const sources = new Map<string, YamlSource>();
  const input: ContentInput = {
    settings: siteSettingsSchema.parse({}),
    articles: [],
    annotationFiles: [],
    sharedSources: null,
    unreadableAnnotations: [],
    unreadableArticles: [],
    unreadableSharedSources: false,
  };

  for (const { path, text: raw } of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const text = stripBom(raw);
    const what = classifyPath(path);
    if (what.kind === 'settings') {
      const source = parseYaml(text);
      sources.set(path, source);
      input.settings = validate(path, source, siteSettingsSchema, problems) ?? input.settings;
    } else if (what.kind === 'shared-sources') {
      const source = parseYaml(text);
      sources.set(path, source);
      const data = text.trim() === '' ? [] : validate(path, source, sharedSourcesSchema, problems);
      if (data) input.sharedSources = { file: path, sources: data };
      else input.unreadableSharedSources = true;
    } else if (what.kind === 'article') {
      const bad = slugProblem(path, what.slug);
      if (bad) {
        problems.push(bad);
        continue;
      }
      const split = splitFrontmatter(text);
      if (!split) {
        input.unreadableArticles.push(what.slug);
        problems.push({ rule: 'frontmatter-missing', file: path, line: 1, column: 1, message: 'the article has no frontmatter', hint: 'start the file with a line "---", the fields (title, publisher, published), then a line "---" and the text.' });
        continue;
      }
      const source = parseYaml(split.yaml, { lineOffset: 1 });
      sources.set(path, source);
      const meta = validate(path, source, articleSchema, problems, 'the frontmatter');
      if (meta) input.articles.push({ slug: what.slug, file: path, meta, body: split.body, bodyLine: split.bodyLine });
      else input.unreadableArticles.push(what.slug);
    } else if (what.kind === 'annotations') {
      if (what.extension === 'yml') {
        problems.push({ rule: 'annotation-file-extension', file: path, line: 1, column: 1, message: 'annotation files end in .yaml', hint: `rename it to content/annotations/${what.slug}.yaml.` });
        continue;
      }
      const bad = slugProblem(path, what.slug);
      if (bad) {
        problems.push(bad);
        continue;
      }
      const source = parseYaml(text);
      sources.set(path, source);
      const data = validate(path, source, annotationFileSchema, problems);
      if (data) input.annotationFiles.push({ slug: what.slug, file: path, data });
      else input.unreadableAnnotations.push(what.slug);
    }
  }

  const locate = (problem: Problem): Problem => {
    if (problem.line !== undefined) return problem;
    const source = sources.get(problem.file);
    if (!source || !problem.path) return { ...problem, line: 1, column: 1 };
    return { ...problem, ...source.locate(problem.path) };
  };
  return { input, problems, locate };
}

/** An annotation file names an article by its file name: that article must exist. */
export function checkOrphans(files: readonly AnnotationFileInput[], articles: readonly ArticleInput[], unreadableArticles: readonly string[] = []): Problem[] {
  const slugs = new Set(articles.map((a) => a.slug));
  return files
    .filter((entry) => !slugs.has(entry.slug) && !unreadableArticles.includes(entry.slug))
    .map((entry) => ({
      rule: 'annotation-file-orphan',
      file: entry.file,
      message: `annotation file without its article: there is no content/articles/${entry.slug}.md`,
      hint: slugs.size > 0 ? `${closestIdHint(entry.slug, slugs, 'article')} The annotation file and its article share one name.` : 'add the article, or remove this file.',
    }));
}
