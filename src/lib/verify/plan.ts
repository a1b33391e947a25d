// What the verification reads, from the files' names alone: the site's own files, and one unit per article slug.
import { KEBAB_CASE } from '../../schemas/id-pattern.ts';
import { compareText } from '../compare-text.ts';
import { classifyPath } from '../content/content-paths.ts';
import type { ContentFile } from '../content/read-files.ts';
import type { Problem } from './problem.ts';

/** An article and its annotation file, by their slug: what can be verified without the rest of the content. */
export interface ArticleUnitFiles {
  slug: string;
  article?: ContentFile;
  annotations?: ContentFile;
}

export interface ContentPlan {
  settings?: ContentFile;
  sharedSources?: ContentFile;
  /** In slug order. */
  units: ArticleUnitFiles[];
  /** Files refused by their name: not a slug, or an annotation file ending in .yml. */
  problems: Problem[];
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

/** Sorts the content files into the site's own files and article units; the problems of their names, in path order. */
export function planContent(files: readonly ContentFile[]): ContentPlan {
  const plan: ContentPlan = { units: [], problems: [] };
  const units = new Map<string, ArticleUnitFiles>();
  const unitOf = (slug: string) => {
    let unit = units.get(slug);
    if (!unit) units.set(slug, (unit = { slug }));
    return unit;
  };
  for (const file of [...files].sort((a, b) => compareText(a.path, b.path))) {
    const what = classifyPath(file.path);
    if (what.kind === 'settings') plan.settings = file;
    else if (what.kind === 'shared-sources') plan.sharedSources = file;
    else if (what.kind === 'article' || what.kind === 'annotations') {
      if (what.kind === 'annotations' && what.extension === 'yml') {
        plan.problems.push({ rule: 'annotation-file-extension', file: file.path, line: 1, column: 1, message: 'annotation files end in .yaml', hint: `rename it to content/annotations/${what.slug}.yaml.` });
        continue;
      }
      const bad = slugProblem(file.path, what.slug);
      if (bad) plan.problems.push(bad);
      else if (what.kind === 'article') unitOf(what.slug).article = file;
      else unitOf(what.slug).annotations = file;
    }
  }
  plan.units = [...units.values()].sort((a, b) => compareText(a.slug, b.slug));
  return plan;
}
