// The one verification pass: every content file parsed, validated, joined and anchored, every problem located.
import { parseContent, type ContentFile } from './content/parse-content.ts';
import type { Problem } from './errors/problem.ts';
import { sortProblems } from './errors/problem.ts';
import { buildSite } from './site/build-site.ts';
import type { Site } from './site/types.ts';

export interface Verification {
  site: Site | null;
  problems: Problem[];
}

/** Verifies the content as a whole; the site is given only when no problem was found. */
export function verifyContent(files: readonly ContentFile[], base: string): Verification {
  const parsed = parseContent(files, base);
  const built = buildSite(parsed.input);
  const problems = sortProblems([...parsed.problems, ...built.problems.map(parsed.locate)]);
  return { site: problems.length === 0 ? built.site : null, problems };
}
