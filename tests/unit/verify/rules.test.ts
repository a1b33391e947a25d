// Every rule of the verification pass, broken once: the problem names its rule, file, line and column.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES, type RuleId } from '../../../src/lib/verify/rules.ts';
import { PROJECT_ROOT } from '../../helpers/build.ts';
import { ANNOTATIONS, ARTICLE, annotationsWith, rulesOf, site } from '../../helpers/files.ts';

const FILE = 'content/annotations/council-vote.yaml';
const ARTICLE_FILE = 'content/articles/council-vote.md';
const articleWith = (from: string, to: string) => ARTICLE.replace(from, to);

const CASES: Record<RuleId, [Record<string, string | null>, string]> = {
  'yaml-syntax': [{ [FILE]: annotationsWith('    summary: The minutes record the budget.', '    summary: "The minutes record the budget.') }, `${FILE}:6:45`],
  'file-empty': [{ [FILE]: '' }, `${FILE}:1:1`],
  'frontmatter-missing': [{ [ARTICLE_FILE]: 'Just text.\n' }, `${ARTICLE_FILE}:1:1`],
  'file-name-not-slug': [{ 'content/articles/Council Vote.md': ARTICLE }, 'content/articles/Council Vote.md:1:1'],
  'annotation-file-extension': [{ 'content/annotations/council-vote.yml': ANNOTATIONS, [FILE]: null }, 'content/annotations/council-vote.yml:1:1'],
  'annotation-file-orphan': [{ 'content/annotations/council-votes.yaml': ANNOTATIONS }, 'content/annotations/council-votes.yaml:1:1'],
  'missing-field': [{ [FILE]: annotationsWith('    summary: The minutes record the budget.\n', '') }, `${FILE}:3:5`],
  'unknown-field': [{ [FILE]: annotationsWith('    verdict: supported', '    verdikt: supported') }, `${FILE}:5:5`],
  'wrong-type': [{ [FILE]: annotationsWith('figures: [costs]', 'figures: costs') }, `${FILE}:10:14`],
  'invalid-value': [{ [FILE]: annotationsWith('stance: supports', 'stance: agrees') }, `${FILE}:9:17`],
  'too-long': [{ [FILE]: annotationsWith('summary: The minutes record the budget.', `summary: ${'x'.repeat(290)}`) }, `${FILE}:6:14`],
  'too-short': [{ [FILE]: annotationsWith('    summary: He left before the second vote.', '    summary: ""') }, `${FILE}:14:14`],
  'invalid-id': [{ [FILE]: annotationsWith('id: mayor-left', 'id: Mayor_Left') }, `${FILE}:11:9`],
  'invalid-date': [{ [FILE]: annotationsWith('reviewed: 2025-03-20', 'reviewed: 2025-02-30') }, `${FILE}:1:11`],
  'invalid-url': [{ [FILE]: annotationsWith('url: https://example.org/minutes', 'url: "javascript:alert(1)"') }, `${FILE}:20:10`],
  'invalid-format': [{ [ARTICLE_FILE]: articleWith('published: 2025-03-14', 'published: 2025-03-14\nlanguage: english!') }, `${ARTICLE_FILE}:5:11`],
  'claim-needs-verdict': [{ [FILE]: annotationsWith('    verdict: supported\n', '') }, `${FILE}:3:5`],
  'claim-needs-evidence': [{ [FILE]: annotationsWith('    evidence:\n      - source: minutes\n        stance: supports\n', '') }, `${FILE}:3:5`],
  'correction-needs-text': [{ [FILE]: annotationsWith('    kind: note', '    kind: correction') }, `${FILE}:11:5`],
  'excerpt-context-without-excerpt': [{ [FILE]: annotationsWith('        stance: supports', '        stance: supports\n        prefix: Item 4.') }, `${FILE}:10:17`],
  'update-previous-is-current': [{ [FILE]: annotationsWith('    figures: [costs]\n', '    figures: [costs]\n    updates:\n      - { date: 2025-04-02, note: Corrected minutes., previous: supported }\n') }, `${FILE}:12:65`],
  'duplicate-annotation-id': [{ [FILE]: annotationsWith('id: mayor-left', 'id: budget').replace('related: [budget]', 'related: []') }, `${FILE}:11:9`],
  'duplicate-figure-id': [{ [FILE]: `${ANNOTATIONS}  - id: costs\n    type: table\n    title: Again\n    description: Again.\n    sources: [minutes]\n    columns: [A]\n    rows:\n      - [1]\n` }, `${FILE}:31:9`],
  'duplicate-source-id': [{ 'content/sources.yaml': '- id: minutes\n  title: Minutes\n  publisher: City\n  url: https://example.org/m\n  kind: official\n' }, `${FILE}:17:9`],
  'duplicate-point-id': [{ [FILE]: `${ANNOTATIONS}  - id: where\n    type: map\n    title: Where\n    description: Two points.\n    sources: [minutes]\n    points:\n      - { id: a, name: A, lat: 1, lon: 1 }\n      - { id: a, name: B, lat: 2, lon: 2 }\n` }, `${FILE}:38:15`],
  'alias-conflict': [{ [FILE]: annotationsWith('    related: [budget]', '    related: [budget]\n    aliases: [budget]') }, `${FILE}:16:15`],
  'unknown-source': [{ [FILE]: annotationsWith('- source: minutes', '- source: minute') }, `${FILE}:8:17`],
  'unknown-figure': [{ [FILE]: annotationsWith('figures: [costs]', 'figures: [cost]') }, `${FILE}:10:15`],
  'unknown-article': [{ [FILE]: annotationsWith('related: [budget]', 'related: [counsil-vote#budget]') }, `${FILE}:15:15`],
  'unknown-annotation': [{ [FILE]: annotationsWith('related: [budget]', 'related: [budgets]') }, `${FILE}:15:15`],
  'unknown-point': [{ [FILE]: `${ANNOTATIONS}  - id: where\n    type: map\n    title: Where\n    description: A route.\n    sources: [minutes]\n    points:\n      - { id: a, name: A, lat: 1, lon: 1 }\n    routes:\n      - { from: a, to: b }\n` }, `${FILE}:39:24`],
  'related-to-itself': [{ [FILE]: annotationsWith('related: [budget]', 'related: [mayor-left]') }, `${FILE}:15:15`],
  'table-row-length': [{ [FILE]: annotationsWith('      - [Budget, 12000000]', '      - [Budget]') }, `${FILE}:30:9`],
  'quote-not-found': [{ [FILE]: annotationsWith('12 million euros"', '13 million euros"') }, `${FILE}:4:12`],
  'quote-ambiguous': [{ [FILE]: annotationsWith('quote: "The mayor left early."', 'quote: "The mayor"') }, `${FILE}:13:12`],
  'quote-context-mismatch': [{ [FILE]: annotationsWith('quote: "The mayor left early."', 'quote: "The mayor"\n    prefix: "nobody said"') }, `${FILE}:14:13`],
  'markdown-raw-html': [{ [FILE]: annotationsWith('    related: [budget]', '    related: [budget]\n    analysis: "A <br> break."') }, `${FILE}:16:15`],
  'unsafe-url': [{ [FILE]: annotationsWith('    related: [budget]', '    related: [budget]\n    analysis: "[x](javascript:alert(1))"') }, `${FILE}:16:15`],
  'html-not-allowed': [{ [ARTICLE_FILE]: `${ARTICLE}\n<script>alert(1)</script>\n` }, `${ARTICLE_FILE}:11:1`],
};

describe('the rules of the verification pass', () => {
  it.each(Object.entries(CASES))('%s: a mistake gives that rule, at its file, line and column', (rule, [changes, place]) => {
    expect(rulesOf(site(changes))).toEqual([`${place} [${rule}]`]);
  });

  it('has a case above for every rule', () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(RULES).sort());
  });

  it('lists every rule in the README\'s error catalogue', () => {
    const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
    for (const rule of Object.keys(RULES)) expect(readme, rule).toContain(`\`${rule}\``);
  });
});
