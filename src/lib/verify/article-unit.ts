// One article and its annotation file, verified on their own: the checks of each file and the quotes found in the text.
import { createHash } from 'node:crypto';
import type { AnnotationFileInput, ArticleInput } from '../content/types.ts';
import type { AnchoredArticle } from '../graph/build-graph.ts';
import { articleBody, type ArticleBody } from './article-body.ts';
import { checkExcerptContext } from './excerpts.ts';
import { checkFigureData } from './figure-data.ts';
import { readUnit, type UnitRead } from './files.ts';
import { checkIdentity } from './identity.ts';
import { checkKinds } from './kinds.ts';
import { checkMarkdownFields } from './markdown-safety.ts';
import type { ArticleUnitFiles } from './plan.ts';
import type { Problem } from './problem.ts';
import { findQuotes } from './quotes.ts';
import { checkUpdates } from './updates.ts';

export interface ArticleUnitResult {
  slug: string;
  /** The article, validated; null when its file has problems of its own, absent when the unit has no article. */
  article?: ArticleInput | null;
  /** The annotation file, validated; null when it has problems of its own, absent when the unit has none. */
  annotations?: AnnotationFileInput | null;
  /** Every problem of the unit's files that the rest of the content cannot change; those of a later check by path only. */
  problems: Problem[];
  /** The article's body and its quotes found, when the article was read. */
  anchored?: AnchoredArticle;
}

/** Verifies an article and its annotation file; references to the rest of the content are not judged here. */
export function verifyArticleUnit(unit: ArticleUnitFiles): ArticleUnitResult {
  const read = readUnit(unit);
  return completeUnit(unit, read, read.article ? articleBody(unit.article!) : undefined);
}

/** The checks of a unit once its YAML is read and its article's body rendered (given when the article was read). */
export function completeUnit(unit: ArticleUnitFiles, read: UnitRead, body: ArticleBody | undefined): ArticleUnitResult {
  const problems = [...read.problems];
  // An annotation file without its article is reported once, whole: its content is judged when the article exists.
  const entry = unit.article ? (read.annotations ?? undefined) : undefined;
  if (entry) {
    problems.push(...checkKinds(entry), ...checkMarkdownFields(entry), ...checkIdentity(entry), ...checkFigureData(entry), ...checkExcerptContext(entry), ...checkUpdates(entry));
  }
  let anchored: AnchoredArticle | undefined;
  if (read.article && body) {
    problems.push(...body.problems);
    const quotes = findQuotes(entry?.file ?? read.article.file, entry?.data.claims ?? [], body.text);
    problems.push(...quotes.problems);
    const digest = createHash('sha256').update(JSON.stringify([unit.article!.text, entry ? unit.annotations!.text : ''])).digest('hex');
    anchored = { article: read.article, digest, annotations: entry, body: body.body, text: body.text, found: quotes.found };
  }
  return { slug: unit.slug, ...read, problems, anchored };
}
