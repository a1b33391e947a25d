// The verification pass over a small site: the problems the foundation must catch, located.
import { describe, expect, it } from 'vitest';
import { verifyContent } from '../../../src/lib/verify/index.ts';
import { ANNOTATIONS, annotationsWith, problemsOf, site } from '../../helpers/files.ts';

const FILE = 'content/annotations/council-vote.yaml';

describe('the verification pass', () => {
  it('finds no problem in a valid site and gives the site graph', () => {
    const result = verifyContent(site());
    expect(result.problems).toEqual([]);
    expect(result.site?.articles[0]?.annotations.map((a) => a.annotation.id)).toEqual(['budget', 'mayor-left']);
  });

  it('names the file, line, annotation and closest passage when a quote is one character off', () => {
    const files = site({ [FILE]: annotationsWith('12 million euros"', '13 million euros"') });
    expect(problemsOf(files)).toEqual([
      `${FILE}:4:12  annotation "budget", field "quote": the quote is not in the article's text\n` +
        '  hint: the closest passage of the article is:\n    "approved a budget of 12 million euros"\n    copy the words exactly as the article has them.',
    ]);
  });

  it('lists every occurrence with its context when a quote is found several times', () => {
    const files = site({ [FILE]: annotationsWith('quote: "The mayor left early."', 'quote: "The mayor"') });
    const [problem] = problemsOf(files);
    expect(problem).toBe(
      `${FILE}:13:12  annotation "mayor-left", field "quote": the quote occurs 2 times in the article:\n` +
        '    1. ...of 12 million euros on Thursday. [The mayor] said the vote was close. The mayor left...\n' +
        '    2. ...The mayor said the vote was close. [The mayor] left early.\n' +
        '  hint: add a "prefix" (the words right before the intended one) or a "suffix" (the words right after) so that one occurrence remains.',
    );
  });

  it('accepts a repeated quote once a prefix picks one occurrence', () => {
    const files = site({ [FILE]: annotationsWith('quote: "The mayor left early."', 'quote: "The mayor"\n    prefix: "was close."') });
    expect(problemsOf(files)).toEqual([]);
  });

  it('reports a schema error with the field path, at the line of the field', () => {
    const files = site({ [FILE]: annotationsWith('verdict: supported', 'verdict: true-ish') });
    expect(problemsOf(files)).toEqual([
      `${FILE}:5:14  annotation "budget", field "verdict": "true-ish" is not an accepted value\n` +
        '  hint: use one of: supported, mostly-supported, mixed, misleading, contradicted, unverifiable.',
    ]);
  });

  it('reports an annotation id used twice', () => {
    const files = site({ [FILE]: annotationsWith('- id: mayor-left', '- id: budget') });
    expect(problemsOf(files)).toContain(
      `${FILE}:11:9  annotation "budget": this id is already used by annotation number 1 of this file\n` +
        '  hint: an annotation id is its permalink: give each annotation its own id.',
    );
  });

  it('reports references to unknown sources, figures and annotations with the closest id', () => {
    const text = ANNOTATIONS.replace('- source: minutes', '- source: minute')
      .replace('figures: [costs]', 'figures: [cost]')
      .replace('related: [budget]', 'related: [budgets]');
    expect(problemsOf(site({ [FILE]: text }))).toEqual([
      `${FILE}:8:17  annotation "budget", field "evidence[0].source": unknown source "minute"\n  hint: did you mean "minutes"? Check the source ids defined in the content.`,
      `${FILE}:10:15  annotation "budget", field "figures[0]": unknown figure "cost"\n  hint: did you mean "costs"? Check the figure ids defined in the content.`,
      `${FILE}:15:15  annotation "mayor-left", field "related[0]": unknown annotation "budgets"\n  hint: did you mean "budget"? Check the annotation ids defined in the content.`,
    ]);
  });

  it('reports every problem of every file in one run, in file and line order', () => {
    const files = site({
      [FILE]: annotationsWith('verdict: supported', 'verdict: nope'),
      'content/articles/other.md': '---\ntitle: Other\npublished: 2025-01-01\n---\nText.\n',
    });
    const problems = verifyContent(files).problems;
    expect(problems.map((p) => `${p.file}:${p.line}`)).toEqual([`${FILE}:5`, 'content/articles/other.md:2']);
    expect(problems[1]!.message).toBe('missing required field "publisher"');
  });
});
