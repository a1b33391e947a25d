// In-memory content for tests of the verification pass: a small valid site, changed one file at a time.
import type { ContentFile } from '../../src/lib/content/read-files.ts';
import { formatProblem } from '../../src/lib/verify/problem.ts';
import { verifyContent } from '../../src/lib/verify/index.ts';

export const ARTICLE = `---
title: The council votes
publisher: Example Gazette
published: 2025-03-14
---

The council approved a budget of 12 million euros on *Thursday*.

The mayor said the vote was close. The mayor left early.
`;

export const ANNOTATIONS = `reviewed: 2025-03-20
claims:
  - id: budget
    quote: "approved a budget of 12 million euros"
    verdict: supported
    summary: The minutes record the budget.
    evidence:
      - source: minutes
        stance: supports
    figures: [costs]
  - id: mayor-left
    kind: note
    quote: "The mayor left early."
    summary: He left before the second vote.
    related: [budget]
sources:
  - id: minutes
    title: Council minutes
    publisher: Example City
    url: https://example.org/minutes
    kind: official
figures:
  - id: costs
    type: table
    title: Costs
    description: One cost line.
    sources: [minutes]
    columns: [Item, Amount]
    rows:
      - [Budget, 12000000]
`;

/** A valid site of one article, with the given files replaced, added or (null) removed. */
export function site(changes: Record<string, string | null> = {}): ContentFile[] {
  const files: Record<string, string | null> = {
    'content/articles/council-vote.md': ARTICLE,
    'content/annotations/council-vote.yaml': ANNOTATIONS,
    ...changes,
  };
  return Object.entries(files)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([path, text]) => ({ path, text }));
}

/** The report lines of the verification pass over these files, one string per problem, without the rule ids. */
export function problemsOf(files: ContentFile[]): string[] {
  return verifyContent(files).problems.map((problem) => formatProblem(problem, { rule: false }));
}

/** `file:line:column [rule]` of every problem the verification pass finds in these files. */
export function rulesOf(files: ContentFile[]): string[] {
  return verifyContent(files).problems.map((p) => `${p.file}:${p.line}:${p.column} [${p.rule}]`);
}

/** The annotation file with one text replaced by another (which must be there). */
export function annotationsWith(from: string, to: string): string {
  if (!ANNOTATIONS.includes(from)) throw new Error(`not in the annotation file: ${from}`);
  return ANNOTATIONS.replace(from, to);
}
