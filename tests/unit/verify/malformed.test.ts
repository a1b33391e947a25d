// Content of any shape gets located problems, never an exception: files written by editors the format has not met.
import { describe, expect, it } from 'vitest';
import { verifyContent } from '../../../src/lib/verify/index.ts';
import { ANNOTATIONS, ARTICLE, problemsOf, site } from '../../helpers/files.ts';

const FILE = 'content/annotations/council-vote.yaml';
const ARTICLE_FILE = 'content/articles/council-vote.md';

describe('malformed content', () => {
  it.each([
    ['a list instead of a mapping', { [FILE]: '- a\n- b\n' }, `${FILE}:1:1  the file must be a mapping of fields, not a list`],
    ['claims left empty', { [FILE]: 'reviewed: 2025-01-01\nclaims:\n' }, `${FILE}:2:8  field "claims": must be a list, not nothing`],
    ['claims as text', { [FILE]: 'reviewed: 2025-01-01\nclaims: hello\n' }, `${FILE}:2:9  field "claims": must be a list, not text`],
    ['an annotation that is a list', { [FILE]: 'reviewed: 2025-01-01\nclaims:\n  - [1, 2]\n' }, `${FILE}:3:5  annotation number 1: must be a mapping of fields, not a list`],
    ['a quote of white space only', { [FILE]: ANNOTATIONS.replace('quote: "The mayor left early."', 'quote: "   "') }, `${FILE}:13:12  annotation "mayor-left", field "quote": must not be empty`],
    ['a quote that is a number', { [FILE]: ANNOTATIONS.replace('quote: "The mayor left early."', 'quote: 12') }, `${FILE}:13:12  annotation "mayor-left", field "quote": must be text, not a number`],
    ['control characters', { [FILE]: '\u0000\u0001\u0002' }, `${FILE}:1:1  `],
    ['an empty frontmatter', { [ARTICLE_FILE]: '---\n---\nText\n' }, `${ARTICLE_FILE}:1:1  the frontmatter is empty`],
    ['shared sources as a mapping', { 'content/sources.yaml': 'a: 1\n' }, 'content/sources.yaml:1:1  the file must be a list, not a mapping of fields'],
    ['site settings of the wrong type', { 'content/site.yaml': 'name: 3\n' }, 'content/site.yaml:1:7  field "name": must be text, not a number'],
  ])('%s gives a located problem', (_, changes, expected) => {
    const problems = problemsOf(site(changes as Record<string, string>));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]!.startsWith(expected)).toBe(true);
  });

  it('accepts quotes in any script, and a quote as long as the whole text', () => {
    expect(problemsOf(site({
      [ARTICLE_FILE]: `${ARTICLE}\nEmoji 🚀 and עברית text.\n`,
      [FILE]: ANNOTATIONS.replace('quote: "The mayor left early."', 'quote: "🚀 and עברית"'),
    }))).toEqual([]);
    const whole = 'The council approved a budget of 12 million euros on Thursday. The mayor said the vote was close. The mayor left early.';
    expect(problemsOf(site({ [FILE]: ANNOTATIONS.replace('quote: "The mayor left early."', `quote: "${whole}"`) }))).toEqual([]);
  });

  it('gives every problem a file and a line, whatever the input', () => {
    const inputs = ['', '---', ':', '- - -', '{', '"', 'claims: [', '\t', 'reviewed: 2025-01-01\nclaims:\n  - id: x\n    evidence: {a: 1}\n'];
    for (const text of inputs) {
      const { problems } = verifyContent(site({ [FILE]: text }));
      expect(problems.length, JSON.stringify(text)).toBeGreaterThan(0);
      for (const problem of problems) {
        expect(problem.file).toBe(FILE);
        expect(problem.line, JSON.stringify(text)).toBeGreaterThanOrEqual(1);
      }
    }
  });
});
