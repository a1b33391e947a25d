// The verification pass: every content file read, validated, cross-checked and anchored; every problem located.
import { compareText } from '../compare-text.ts';
import type { ContentFile } from '../content/read-files.ts';
import type { AnnotationFileInput, ContentInput } from '../content/types.ts';
import type { YamlSource } from '../content/yaml-source.ts';
import { buildGraph, type AnchoredArticle } from '../graph/build-graph.ts';
import type { Site } from '../graph/types.ts';
import { verifyArticleUnit, type ArticleUnitResult } from './article-unit.ts';
import { checkOrphans, parseAnnotationYaml, readSettings, readSharedSources } from './files.ts';
import { collectSources } from './identity.ts';
import { planContent, type ContentPlan } from './plan.ts';
import { sortProblems, type Problem } from './problem.ts';
import { checkReferences } from './references.ts';

export interface Verification {
  /** The content that passed validation, file by file (a file with problems of its own is left out). */
  input: ContentInput;
  /** The site graph, when no problem was found. */
  site: Site | null;
  problems: Problem[];
}

const bySlug = <T extends { slug: string }>(list: readonly T[]) => [...list].sort((a, b) => compareText(a.slug, b.slug));

/** Verifies the content as a whole; the site graph is given only when no problem was found. */
export function verifyContent(files: readonly ContentFile[]): Verification {
  const plan = planContent(files);
  return completeVerification(plan, plan.units.map(verifyArticleUnit));
}

/**
 * The checks across files (orphans, source ids, references) over the units verified on their own, one result per
 * unit of the plan, in its order; then the report, or the site graph.
 */
export function completeVerification(plan: ContentPlan, units: readonly ArticleUnitResult[]): Verification {
  const problems: Problem[] = [...plan.problems];
  const settings = readSettings(plan.settings, problems);
  const shared = plan.sharedSources && readSharedSources(plan.sharedSources, problems);
  // The content as the files were read, in the order of their paths.
  const read = plan.units.map((files, i) => ({ files, result: units[i]! }));
  const byPath = (file: 'article' | 'annotations') =>
    read.filter((u) => u.files[file] !== undefined).sort((a, b) => compareText(a.files[file]!.path, b.files[file]!.path)).map((u) => u.result);
  const articleUnits = byPath('article');
  const annotationUnits = byPath('annotations');
  const input: ContentInput = {
    settings: settings.settings,
    articles: articleUnits.flatMap((u) => (u.article ? [u.article] : [])),
    annotationFiles: annotationUnits.flatMap((u) => (u.annotations ? [u.annotations] : [])),
    sharedSources: shared?.shared ?? null,
    unreadableAnnotations: annotationUnits.filter((u) => !u.annotations).map((u) => u.slug),
    unreadableArticles: articleUnits.filter((u) => !u.article).map((u) => u.slug),
    unreadableSharedSources: shared !== undefined && shared.shared === null,
  };

  const articles = bySlug(input.articles);
  const allFiles = bySlug(input.annotationFiles);
  const orphans = checkOrphans(allFiles, articles, input.unreadableArticles);
  problems.push(...orphans);
  // An orphan file is reported once, whole: its references are not judged either.
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
  for (const entry of annotationFiles) problems.push(...checkReferences(entry, sourceIds, annotationsOf, unreadable));
  for (const unit of units) problems.push(...unit.problems);

  if (problems.length > 0) return { input, site: null, problems: sortProblems(problems.map(locator(plan, settings.source, shared?.source))) };
  const anchored = units.flatMap((u): AnchoredArticle[] => (u.anchored ? [u.anchored] : []));
  return { input, site: buildGraph({ ...input, annotationFiles }, anchored), problems: [] };
}

/**
 * Locates the problems that later checks found by their path in a file's data: in the file's YAML, parsed again only
 * for a file that has such a problem (the YAML of a unit was read where the unit was, perhaps on another thread).
 */
function locator(plan: ContentPlan, settings: YamlSource | undefined, shared: YamlSource | undefined): (problem: Problem) => Problem {
  const sources = new Map<string, YamlSource | undefined>();
  if (plan.settings) sources.set(plan.settings.path, settings);
  if (plan.sharedSources) sources.set(plan.sharedSources.path, shared);
  const annotationFiles = new Map(plan.units.flatMap((u) => (u.annotations ? [[u.annotations.path, u.annotations] as const] : [])));
  const sourceOf = (file: string) => {
    if (!sources.has(file)) {
      const annotations = annotationFiles.get(file);
      sources.set(file, annotations && parseAnnotationYaml(annotations));
    }
    return sources.get(file);
  };
  return (problem) => {
    if (problem.line !== undefined) return problem;
    const source = problem.path && sourceOf(problem.file);
    return { ...problem, ...(source && problem.path ? source.locate(problem.path) : { line: 1, column: 1 }) };
  };
}
