// The verification pass: every content file read, validated, cross-checked and anchored; every problem located.
import { createHash } from 'node:crypto';
import type { Root } from 'hast';
import { buildTextIndex } from '../anchoring/text-index.ts';
import type { ContentFile } from '../content/read-files.ts';
import type { AnnotationFileInput, ContentInput } from '../content/types.ts';
import { buildGraph, type AnchoredArticle } from '../graph/build-graph.ts';
import type { Site } from '../graph/types.ts';
import { articleBodyTree } from '../markdown/render.ts';
import { checkFigureData } from './figure-data.ts';
import { checkOrphans, readContent } from './files.ts';
import { checkIdentity, collectSources } from './identity.ts';
import { checkExcerptContext } from './excerpts.ts';
import { checkKinds } from './kinds.ts';
import { checkArticleHtml, checkMarkdownFields } from './markdown-safety.ts';
import { sortProblems, type Problem } from './problem.ts';
import { findQuotes } from './quotes.ts';
import { checkReferences } from './references.ts';
import { checkUpdates } from './updates.ts';

export interface Verification {
  /** The content that passed validation, file by file (a file with problems of its own is left out). */
  input: ContentInput;
  /** The site graph, when no problem was found. */
  site: Site | null;
  problems: Problem[];
}

const bySlug = <T extends { slug: string }>(list: readonly T[]) => [...list].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));

// White space between the top-level elements is layout, not a block of the text.
const withoutLayoutSpace = (tree: Root): Root => ({ ...tree, children: tree.children.filter((child) => !(child.type === 'text' && child.value.trim() === '')) });

/** Verifies the content as a whole; the site graph is given only when no problem was found. */
export function verifyContent(files: readonly ContentFile[]): Verification {
  const read = readContent(files);
  const textOf = new Map(files.map((f) => [f.path, f.text]));
  const digestOf = (...paths: (string | undefined)[]) => createHash('sha256').update(JSON.stringify(paths.map((p) => (p ? (textOf.get(p) ?? '') : '')))).digest('hex');
  const { input } = read;
  const problems: Problem[] = [...read.problems];

  const articles = bySlug(input.articles);
  const allFiles = bySlug(input.annotationFiles);
  const orphans = checkOrphans(allFiles, articles, input.unreadableArticles);
  problems.push(...orphans);
  // An orphan file is reported once, whole; its content is judged when its article exists.
  const orphaned = new Set(orphans.map((p) => p.file));
  const annotationFiles = allFiles.filter((f) => !orphaned.has(f.file));
  const fileOf = new Map<string, AnnotationFileInput>(annotationFiles.map((f) => [f.slug, f]));

  const sources = collectSources(input.sharedSources, annotationFiles);
  problems.push(...sources.problems);
  const annotationsOf = new Map(articles.map((a) => [a.slug, new Set(fileOf.get(a.slug)?.data.claims.map((c) => c.id) ?? [])]));
  const unreadable = {
    articles: new Set([...input.unreadableAnnotations, ...input.unreadableArticles]),
    sources: input.unreadableAnnotations.length > 0 || input.unreadableSharedSources,
  };
  const sourceIds = new Set(sources.byId.keys());
  for (const entry of annotationFiles) {
    problems.push(...checkKinds(entry), ...checkMarkdownFields(entry), ...checkIdentity(entry), ...checkReferences(entry, sourceIds, annotationsOf, unreadable), ...checkFigureData(entry), ...checkExcerptContext(entry), ...checkUpdates(entry));
  }

  const anchored: AnchoredArticle[] = articles.map((article) => {
    const entry = fileOf.get(article.slug);
    const { raw, tree } = articleBodyTree(article.body);
    problems.push(...checkArticleHtml(article, raw));
    const body = withoutLayoutSpace(tree);
    const text = buildTextIndex(body);
    const quotes = findQuotes(entry?.file ?? article.file, entry?.data.claims ?? [], text);
    problems.push(...quotes.problems);
    return { article, digest: digestOf(article.file, entry?.file), annotations: entry, body, text, found: quotes.found };
  });

  if (problems.length > 0) return { input, site: null, problems: sortProblems(problems.map(read.locate)) };
  return { input, site: buildGraph({ ...input, annotationFiles }, anchored), problems: [] };
}
