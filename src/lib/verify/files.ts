// Content files as text to validated content: syntax and schema of each file, each problem located.
import type { z } from 'zod';
import { annotationFileSchema, articleSchema, sharedSourcesSchema, siteSettingsSchema, type SiteSettings } from '../../schemas/index.ts';
import { splitFrontmatter } from '../content/frontmatter.ts';
import { stripBom, type ContentFile } from '../content/read-files.ts';
import type { AnnotationFileInput, ArticleInput, SharedSourcesInput } from '../content/types.ts';
import { parseYaml, type YamlSource } from '../content/yaml-source.ts';
import type { ArticleUnitFiles } from './plan.ts';
import type { Problem } from './problem.ts';
import { closestIdHint } from './references.ts';
import { schemaProblems } from './schema.ts';
import { syntaxProblems } from './syntax.ts';

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

/** The site's settings: the defaults where the file is absent or has problems. */
export function readSettings(file: ContentFile | undefined, problems: Problem[]): { settings: SiteSettings; source?: YamlSource } {
  const defaults = siteSettingsSchema.parse({});
  if (!file) return { settings: defaults };
  const source = parseYaml(stripBom(file.text));
  return { settings: validate(file.path, source, siteSettingsSchema, problems) ?? defaults, source };
}

/** The sources shared by every article (an empty file holds none); null when the file has problems of its own. */
export function readSharedSources(file: ContentFile, problems: Problem[]): { shared: SharedSourcesInput | null; source: YamlSource } {
  const text = stripBom(file.text);
  const source = parseYaml(text);
  const data = text.trim() === '' ? [] : validate(file.path, source, sharedSourcesSchema, problems);
  return { shared: data ? { file: file.path, sources: data } : null, source };
}

/** An article: its frontmatter validated, its body as written. */
function readArticle(file: ContentFile, slug: string, problems: Problem[]): ArticleInput | null {
  const split = splitFrontmatter(stripBom(file.text));
  if (!split) {
    problems.push({ rule: 'frontmatter-missing', file: file.path, line: 1, column: 1, message: 'the article has no frontmatter', hint: 'start the file with a line "---", the fields (title, publisher, published), then a line "---" and the text.' });
    return null;
  }
  const meta = validate(file.path, parseYaml(split.yaml, { lineOffset: 1 }), articleSchema, problems, 'the frontmatter');
  return meta ? { slug, file: file.path, meta, body: split.body, bodyLine: split.bodyLine } : null;
}

/** An annotation file's YAML, in which the problems found in the file are located. */
export const parseAnnotationYaml = (file: ContentFile): YamlSource => parseYaml(stripBom(file.text));

/** The YAML of an article unit, read and validated: absent where the unit has no such file, null where it has problems. */
export interface UnitRead {
  article?: ArticleInput | null;
  annotations?: AnnotationFileInput | null;
  /** The problems of the files' syntax and schema, located. */
  problems: Problem[];
}

/** Reads an article's frontmatter and its annotation file. */
export function readUnit(unit: ArticleUnitFiles): UnitRead {
  const problems: Problem[] = [];
  const read: UnitRead = { problems };
  if (unit.article) read.article = readArticle(unit.article, unit.slug, problems);
  if (unit.annotations) {
    const data = validate(unit.annotations.path, parseAnnotationYaml(unit.annotations), annotationFileSchema, problems);
    read.annotations = data ? { slug: unit.slug, file: unit.annotations.path, data } : null;
  }
  return read;
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
