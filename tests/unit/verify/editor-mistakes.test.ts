// Every kind of editor mistake is refused with its file, line, column, the entry and field, and a hint.
import { describe, expect, it } from 'vitest';
import { ANNOTATIONS, ARTICLE, annotationsWith, problemsOf, site } from '../../helpers/files.ts';

const FILE = 'content/annotations/council-vote.yaml';
const ARTICLE_FILE = 'content/articles/council-vote.md';
const FIGURE = (yaml: string) => ANNOTATIONS + yaml;

describe('syntax of content files', () => {
  it('reports a YAML syntax error at its line, once', () => {
    expect(problemsOf(site({ [FILE]: annotationsWith('    summary: The minutes record the budget.', '    summary: "The minutes record the budget.') }))).toEqual([
      `${FILE}:6:45  YAML syntax error: Missing closing "quote\n  hint: check the indentation and the quoting on this line and the one before it; a value holding ": " or starting with a quote, [ or { needs quotes around it.`,
    ]);
  });

  it('reports a frontmatter syntax error at its line in the article file', () => {
    const [problem] = problemsOf(site({ [ARTICLE_FILE]: ARTICLE.replace('publisher: Example Gazette', 'publisher: [Example Gazette') }));
    expect(problem).toMatch(new RegExp(`^${ARTICLE_FILE}:4:1  YAML syntax error: `));
  });

  it('reports a field written twice in one entry', () => {
    const [problem] = problemsOf(site({ [FILE]: annotationsWith('    verdict: supported', '    verdict: supported\n    verdict: mixed') }));
    expect(problem).toMatch(new RegExp(`^${FILE}:6:5  YAML syntax error: Map keys must be unique`));
    expect(problem).toContain('hint: each field may appear once in the same entry');
  });

  it('reports a YAML tag, which other YAML readers refuse', () => {
    expect(problemsOf(site({ [FILE]: annotationsWith('summary: The minutes record the budget.', 'summary: !note The minutes record the budget.') }))).toEqual([
      `${FILE}:6:14  YAML syntax error: Unresolved tag: !note\n  hint: content files hold plain data: remove the tag (the word starting with !), or put the value in quotes.`,
    ]);
  });

  it('reports an empty annotation file', () => {
    expect(problemsOf(site({ [FILE]: '' }))).toEqual([`${FILE}:1:1  the file is empty\n  hint: write the fields the authoring format requires, or remove the file.`]);
  });

  it('reports an article without frontmatter', () => {
    expect(problemsOf(site({ [ARTICLE_FILE]: 'Just text.\n' }))[0]).toBe(
      `${ARTICLE_FILE}:1:1  the article has no frontmatter\n  hint: start the file with a line "---", the fields (title, publisher, published), then a line "---" and the text.`,
    );
  });

  it('reads files with a byte order mark or CRLF line endings as any other', () => {
    expect(problemsOf(site({ [FILE]: `\uFEFF${ANNOTATIONS}`, [ARTICLE_FILE]: `\uFEFF${ARTICLE}` }))).toEqual([]);
    expect(problemsOf(site({ [FILE]: ANNOTATIONS.replace(/\n/g, '\r\n'), [ARTICLE_FILE]: ARTICLE.replace(/\n/g, '\r\n') }))).toEqual([]);
  });

  it('keeps lines right in a file with CRLF line endings', () => {
    const text = annotationsWith('verdict: supported', 'verdict: nope').replace(/\n/g, '\r\n');
    expect(problemsOf(site({ [FILE]: text }))[0]).toMatch(new RegExp(`^${FILE}:5:14  `));
  });

  it('reports tabs used for indentation, with what to do', () => {
    expect(problemsOf(site({ [FILE]: annotationsWith('    verdict: supported', '\tverdict: supported') }))).toEqual([
      `${FILE}:5:1  YAML syntax error: Tabs are not allowed as indentation (and 8 more after it, which may follow from it)\n  hint: YAML indents with spaces only: replace the tab characters with spaces.`,
    ]);
  });
});

describe('schema of annotation files and articles', () => {
  it('reports a missing required field on the entry that lacks it', () => {
    expect(problemsOf(site({ [FILE]: annotationsWith('    summary: The minutes record the budget.\n', '') }))).toEqual([
      `${FILE}:3:5  annotation "budget": missing required field "summary"\n  hint: add "summary:" with text: the finding in one sentence, at most 280 characters.`,
    ]);
  });

  it('reports a missing frontmatter field at the top of the frontmatter', () => {
    expect(problemsOf(site({ [ARTICLE_FILE]: ARTICLE.replace('publisher: Example Gazette\n', '') }))).toEqual([
      `${ARTICLE_FILE}:2:1  missing required field "publisher"\n  hint: add "publisher:" with text: who published the original.`,
    ]);
  });

  it('reports an unknown field and suggests the closest field name', () => {
    expect(problemsOf(site({ [FILE]: annotationsWith('    verdict: supported', '    verdict: supported\n    verdikt: supported') }))).toEqual([
      `${FILE}:6:5  annotation "budget", field "verdikt": unknown field "verdikt"\n  hint: did you mean "verdict"? The fields accepted here are: id, kind, quote, prefix, suffix, verdict, summary, claimant, analysis, correction, evidence, figures, related, aliases, updates.`,
    ]);
  });

  it('suggests the closest field of the right figure type', () => {
    const problem = problemsOf(site({ [FILE]: annotationsWith('    columns: [Item, Amount]', '    colums: [Item, Amount]') })).join('\n');
    expect(problem).toContain('figure "costs", field "colums": unknown field "colums"');
    expect(problem).toContain('did you mean "columns"?');
  });

  it('reports a value of the wrong type', () => {
    expect(problemsOf(site({ [FILE]: annotationsWith('figures: [costs]', 'figures: costs') }))).toEqual([
      `${FILE}:10:14  annotation "budget", field "figures": must be a list, not text\n  hint: write a list: [costs], or one "- " line per item.`,
    ]);
  });

  it('lists the accepted values of a field with a fixed set', () => {
    expect(problemsOf(site({ [FILE]: annotationsWith('stance: supports', 'stance: agrees') }))).toEqual([
      `${FILE}:9:17  annotation "budget", field "evidence[0].stance": "agrees" is not an accepted value\n  hint: use one of: supports, contradicts, context.`,
    ]);
  });

  it('lists the figure types when a figure has an unknown one', () => {
    expect(problemsOf(site({ [FILE]: annotationsWith('type: table', 'type: pie') }))).toEqual([
      `${FILE}:24:11  figure "costs", field "type": "pie" is not an accepted value\n  hint: use one of: bar, line, timeline, map, table.`,
    ]);
  });

  it('reports a summary over 280 characters', () => {
    expect(problemsOf(site({ [FILE]: annotationsWith('summary: The minutes record the budget.', `summary: ${'x'.repeat(290)}`) }))).toEqual([
      `${FILE}:6:14  annotation "budget", field "summary": a summary is at most 280 characters (it has 290 characters)\n  hint: keep the one-sentence finding here and move the detail into "analysis".`,
    ]);
  });

  it('requires a verdict of a claim', () => {
    expect(problemsOf(site({ [FILE]: annotationsWith('    verdict: supported\n', '') }))).toEqual([
      `${FILE}:3:5  annotation "budget", field "verdict": an annotation of kind claim needs a verdict\n  hint: add "verdict:" with one of: supported, mostly-supported, mixed, misleading, contradicted, unverifiable; or make it a note with "kind: note".`,
    ]);
  });

  it('requires evidence of a claim unless its verdict is unverifiable', () => {
    const without = annotationsWith('    evidence:\n      - source: minutes\n        stance: supports\n', '');
    expect(problemsOf(site({ [FILE]: without }))).toEqual([
      `${FILE}:3:5  annotation "budget", field "evidence": an annotation of kind claim needs at least one piece of evidence unless its verdict is unverifiable\n  hint: add "evidence:" with at least one { source, stance }; a claim the record cannot settle takes "verdict: unverifiable".`,
    ]);
    expect(problemsOf(site({ [FILE]: without.replace('verdict: supported', 'verdict: unverifiable') }))).toEqual([]);
  });

  it('requires the likely original wording of a correction', () => {
    expect(problemsOf(site({ [FILE]: annotationsWith('kind: note', 'kind: correction') }))).toEqual([
      `${FILE}:11:5  annotation "mayor-left", field "correction": an annotation of kind correction needs the text as it most likely read, in correction\n  hint: add "correction:" with the words as the original most likely had them.`,
    ]);
  });

  it('refuses an id that is not kebab-case, and shows it in kebab-case', () => {
    expect(problemsOf(site({ [FILE]: annotationsWith('- id: budget', '- id: Budget_Line').replace('related: [budget]', 'related: [mayor-left]') }))).toContain(
      `${FILE}:3:9  annotation "Budget_Line", field "id": an annotation id is kebab-case: lower-case letters and digits joined by single hyphens\n  hint: write it as "budget-line".`,
    );
  });

  it('refuses a file name that is not a slug', () => {
    expect(problemsOf(site({ 'content/articles/Council Vote.md': ARTICLE }))).toEqual([
      'content/articles/Council Vote.md:1:1  the file name "Council Vote" is not a valid slug\n  hint: name content files in kebab-case (lower-case letters and digits joined by hyphens): it becomes the article\'s address.',
    ]);
  });

  it('refuses a date that does not exist', () => {
    expect(problemsOf(site({ [FILE]: annotationsWith('reviewed: 2025-03-20', 'reviewed: 2025-02-30') }))).toEqual([
      `${FILE}:1:11  field "reviewed": must be a date written YYYY-MM-DD or an ISO 8601 date-time\n  hint: write a real date such as 2024-10-25, or a date-time such as 2024-10-25T14:30:00Z.`,
    ]);
  });

  it('refuses an annotation file that names .yml', () => {
    expect(problemsOf(site({ [FILE]: null, 'content/annotations/council-vote.yml': ANNOTATIONS }))).toEqual([
      'content/annotations/council-vote.yml:1:1  annotation files end in .yaml\n  hint: rename it to content/annotations/council-vote.yaml.',
    ]);
  });
});

describe('updates of an annotation', () => {
  const UPDATE = '    updates:\n      - date: 2025-04-02\n        note: The council published corrected minutes.\n        previous: mixed\n';
  const withUpdate = (update: string) => annotationsWith('    figures: [costs]\n', `    figures: [costs]\n${update}`);

  it('accepts an update with a date, a note and the previous verdict', () => {
    expect(problemsOf(site({ [FILE]: withUpdate(UPDATE) }))).toEqual([]);
  });

  it('reports an update note over 280 characters', () => {
    expect(problemsOf(site({ [FILE]: withUpdate(UPDATE.replace('The council published corrected minutes.', 'x'.repeat(300))) }))).toEqual([
      `${FILE}:13:15  annotation "budget", field "updates[0].note": an update note is at most 280 characters (it has 300 characters)\n  hint: say in a sentence or two what changed and why; the detail belongs in "analysis".`,
    ]);
  });

  it('requires the note of an update, saying what it holds', () => {
    expect(problemsOf(site({ [FILE]: withUpdate(UPDATE.replace('        note: The council published corrected minutes.\n', '')) }))).toEqual([
      `${FILE}:12:9  annotation "budget", field "updates[0]": missing required field "note"\n  hint: add "note:" with text: what changed and why, at most 280 characters.`,
    ]);
  });

  it('refuses a previous verdict that is not on the scale', () => {
    expect(problemsOf(site({ [FILE]: withUpdate(UPDATE.replace('previous: mixed', 'previous: mostly supported')) }))).toEqual([
      `${FILE}:14:19  annotation "budget", field "updates[0].previous": "mostly supported" is not an accepted value\n  hint: use one of: supported, mostly-supported, mixed, misleading, contradicted, unverifiable.`,
    ]);
  });

  it('refuses an update date that does not exist', () => {
    expect(problemsOf(site({ [FILE]: withUpdate(UPDATE.replace('2025-04-02', '2025-04-31')) }))).toEqual([
      `${FILE}:12:15  annotation "budget", field "updates[0].date": must be a date written YYYY-MM-DD or an ISO 8601 date-time\n  hint: write a real date such as 2024-10-25, or a date-time such as 2024-10-25T14:30:00Z.`,
    ]);
  });

  it('refuses a latest update whose previous verdict is the verdict the annotation still has', () => {
    const older = '      - date: 2025-03-25\n        note: A first correction of the figures.\n        previous: supported\n';
    const latestSame = UPDATE.replace('previous: mixed', 'previous: supported');
    // Listed out of order: the newest update is the one judged, wherever it stands in the list.
    expect(problemsOf(site({ [FILE]: withUpdate(latestSame + older) }))).toEqual([
      `${FILE}:14:19  annotation "budget", field "updates[0].previous": the latest update names "supported" as the previous verdict, which is the verdict the annotation still has\n  hint: set "verdict:" to the verdict after the change, or remove "previous" if the verdict did not change.`,
    ]);
    expect(problemsOf(site({ [FILE]: withUpdate(UPDATE + older) }))).toEqual([]);
  });

  it('refuses the words around an excerpt when there is no excerpt', () => {
    expect(problemsOf(site({ [FILE]: annotationsWith('        stance: supports', '        stance: supports\n        prefix: Item 4.') }))).toEqual([
      `${FILE}:10:17  annotation "budget", field "evidence[0].prefix": a prefix places an excerpt in its source, and this evidence has no excerpt\n  hint: add "excerpt:" with the words of the source that matter, or remove "prefix".`,
    ]);
  });
});

describe('figure data', () => {
  const withFigure = (yaml: string) => site({ [FILE]: ANNOTATIONS + yaml });
  const bars = (bar: string) => withFigure(`  - id: counts\n    type: bar\n    title: T\n    description: D\n    sources: [minutes]\n    unit: u\n    bars:\n      - ${bar}\n`);

  it('refuses a figure with no bars, or a series with no points', () => {
    expect(problemsOf(withFigure('  - id: counts\n    type: bar\n    title: T\n    description: D\n    sources: [minutes]\n    unit: u\n    bars: []\n'))).toEqual([
      `${FILE}:37:11  figure "counts", field "bars": a bar figure needs at least one bar (it has 0 entries)\n  hint: give "bars" at least 1 entry.`,
    ]);
    expect(problemsOf(withFigure('  - id: trend\n    type: line\n    title: T\n    description: D\n    sources: [minutes]\n    unit: u\n    series:\n      - name: S\n        points: []\n'))).toEqual([
      `${FILE}:39:17  figure "trend", field "series[0].points": a series needs at least one point (it has 0 entries)\n  hint: give "points" at least 1 entry.`,
    ]);
  });

  it('refuses a date that cannot be read', () => {
    expect(problemsOf(withFigure('  - id: trend\n    type: line\n    title: T\n    description: D\n    sources: [minutes]\n    unit: u\n    series:\n      - name: S\n        points:\n          - { date: "last week", value: 3 }\n'))).toEqual([
      `${FILE}:40:21  figure "trend", field "series[0].points[0].date": must be a date written YYYY-MM-DD or an ISO 8601 date-time\n  hint: write a real date such as 2024-10-25, or a date-time such as 2024-10-25T14:30:00Z.`,
    ]);
  });

  it.each([
    ['.inf', 'an infinite value'],
    ['.nan', 'NaN, which is not a number'],
    ['"12,000"', 'text'],
  ])('refuses %s as a value', (value, what) => {
    expect(problemsOf(bars(`{ label: A, value: ${value} }`))).toEqual([
      `${FILE}:38:28  figure "counts", field "bars[0].value": must be a number, not ${what}\n  hint: write a plain finite number, without thousands separators, units or quotes: 12000, not "12,000".`,
    ]);
  });

  it('refuses a longitude out of range', () => {
    expect(problemsOf(withFigure('  - id: where\n    type: map\n    title: T\n    description: D\n    sources: [minutes]\n    points:\n      - { id: a, name: A, lat: 10, lon: 200 }\n'))).toEqual([
      `${FILE}:37:41  figure "where", field "points[0].lon": a longitude is between -180 and 180\n  hint: latitude runs from -90 (south) to 90 (north), longitude from -180 (west) to 180 (east); check the order of the two.`,
    ]);
  });

  it('requires the text alternative of a figure', () => {
    expect(problemsOf(withFigure('  - id: cells\n    type: table\n    title: T\n    sources: [minutes]\n    columns: [A]\n    rows: [[1]]\n'))).toEqual([
      `${FILE}:31:5  figure "cells": missing required field "description"\n  hint: add "description:" with text: the text alternative, what a reader who cannot see the figure needs.`,
    ]);
  });

  it('refuses a table row with more or fewer cells than columns', () => {
    expect(problemsOf(withFigure('  - id: cells\n    type: table\n    title: T\n    description: D\n    sources: [minutes]\n    columns: [A, B]\n    rows:\n      - [1]\n'))).toEqual([
      `${FILE}:38:9  figure "cells", field "rows[0]": the row has 1 cells but the table has 2 columns\n  hint: give every row one cell per column; write "" for an empty cell.`,
    ]);
  });
});

describe('quotes', () => {
  it('reports a prefix that stands before no occurrence, listing the occurrences', () => {
    expect(problemsOf(site({ [FILE]: annotationsWith('quote: "The mayor left early."', 'quote: "The mayor"\n    prefix: "nowhere"') }))).toEqual([
      `${FILE}:14:13  annotation "mayor-left", field "prefix": no occurrence of the quote has this prefix next to it; the quote occurs here:\n` +
        '    1. ...of 12 million euros on Thursday. [The mayor] said the vote was close. The mayor left...\n' +
        '    2. ...The mayor said the vote was close. [The mayor] left early.\n' +
        '  hint: copy the prefix from the words right before the intended occurrence.',
    ]);
  });

  it('reports a suffix that stands after no occurrence', () => {
    const [problem] = problemsOf(site({ [FILE]: annotationsWith('quote: "The mayor left early."', 'quote: "The mayor"\n    suffix: "stayed"') }));
    expect(problem).toMatch(new RegExp(`^${FILE}:14:13  annotation "mayor-left", field "suffix": no occurrence of the quote has this suffix next to it`));
  });
});

describe('identity', () => {
  it('refuses a figure id used twice', () => {
    expect(problemsOf(site({ [FILE]: FIGURE('  - id: costs\n    type: table\n    title: T\n    description: D\n    sources: [minutes]\n    columns: [A]\n    rows:\n      - [1]\n') }))).toEqual([
      `${FILE}:31:9  figure "costs": this id is already used by another figure of this file\n  hint: give each figure its own id.`,
    ]);
  });

  it('refuses a source id defined both in an annotation file and in content/sources.yaml', () => {
    expect(problemsOf(site({ 'content/sources.yaml': '- id: minutes\n  title: T\n  publisher: P\n  url: https://example.org\n  kind: news\n' }))).toEqual([
      `${FILE}:17:9  source "minutes": this id is already used by a source in content/sources.yaml\n  hint: a source id is unique across the whole site: cite the existing source, or give this one another id.`,
    ]);
  });

  it('refuses a source id defined in two annotation files', () => {
    const other = 'reviewed: 2025-01-01\nclaims:\n  - id: x\n    kind: note\n    quote: "Other text"\n    summary: S\nsources:\n  - id: minutes\n    title: T\n    publisher: P\n    url: https://example.org\n    kind: news\n';
    const problems = problemsOf(site({ 'content/articles/other.md': '---\ntitle: O\npublisher: P\npublished: 2025-01-01\n---\n\nOther text.\n', 'content/annotations/other.yaml': other }));
    expect(problems).toEqual([
      'content/annotations/other.yaml:8:9  source "minutes": this id is already used by a source in content/annotations/council-vote.yaml\n  hint: a source id is unique across the whole site: cite the existing source, or give this one another id.',
    ]);
  });

  it('refuses an alias equal to a live id, and an alias used twice', () => {
    expect(problemsOf(site({ [FILE]: annotationsWith('    related: [budget]', '    related: [budget]\n    aliases: [budget]') }))).toEqual([
      `${FILE}:16:15  annotation "mayor-left", field "aliases": "budget" is the id of a live annotation\n  hint: an alias is a former id that now leads elsewhere: remove it, or rename the live annotation.`,
    ]);
    const twice = annotationsWith('    figures: [costs]', '    figures: [costs]\n    aliases: [old]').replace('    related: [budget]', '    related: [budget]\n    aliases: [old]');
    expect(problemsOf(site({ [FILE]: twice }))).toEqual([
      `${FILE}:17:15  annotation "mayor-left", field "aliases": "old" is already an alias of annotation "budget"\n  hint: a former id can lead to one annotation only: remove one of them.`,
    ]);
  });

  it('refuses file names that differ only in Unicode normalisation, since neither is a slug', () => {
    const problems = problemsOf(site({ 'content/articles/caf\u00e9.md': ARTICLE, 'content/articles/cafe\u0301.md': ARTICLE }));
    expect(problems).toHaveLength(2);
    for (const problem of problems) expect(problem).toContain('is not a valid slug');
  });
});

describe('references', () => {
  it('refuses a timeline event that names an unknown annotation', () => {
    expect(problemsOf(site({ [FILE]: FIGURE('  - id: when\n    type: timeline\n    title: T\n    description: D\n    sources: [minutes]\n    events:\n      - date: 2025-01-01\n        label: x\n        claim: budgt\n') }))).toEqual([
      `${FILE}:39:16  figure "when", field "events[0].claim": unknown annotation "budgt"\n  hint: did you mean "budget"? Check the annotation ids defined in the content.`,
    ]);
  });

  it('refuses a map route to an unknown point', () => {
    expect(problemsOf(site({ [FILE]: FIGURE('  - id: where\n    type: map\n    title: T\n    description: D\n    sources: [minutes]\n    points:\n      - { id: north, name: A, lat: 10, lon: 10 }\n      - { id: south, name: B, lat: 1, lon: 10 }\n    routes:\n      - { from: north, to: sooth }\n') }))).toEqual([
      `${FILE}:40:28  figure "where", field "routes[0].to": unknown point "sooth"\n  hint: did you mean "south"? Check the point ids defined in the content.`,
    ]);
  });

  it('refuses a related annotation in an unknown article', () => {
    expect(problemsOf(site({ [FILE]: annotationsWith('related: [budget]', 'related: [budget, counsil-vote#budget]') }))).toEqual([
      `${FILE}:15:23  annotation "mayor-left", field "related[1]": unknown article "counsil-vote"\n  hint: did you mean "council-vote"? Check the article ids defined in the content.`,
    ]);
  });

  it('refuses an annotation file without its article, once', () => {
    expect(problemsOf(site({ 'content/annotations/counsil-vote.yaml': ANNOTATIONS }))).toEqual([
      'content/annotations/counsil-vote.yaml:1:1  annotation file without its article: there is no content/articles/counsil-vote.md\n  hint: did you mean "council-vote"? Check the article ids defined in the content. The annotation file and its article share one name.',
    ]);
  });
});

describe('URLs', () => {
  it.each([
    ['javascript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['vbscript:msgbox(1)'],
    ['/relative/path'],
    ['//evil.example.org/x'],
    ['ftp://example.org/file'],
  ])('refuses %s as a source address', (url) => {
    expect(problemsOf(site({ [FILE]: annotationsWith('url: https://example.org/minutes', `url: "${url}"`) }))).toEqual([
      `${FILE}:20:10  source "minutes", field "url": must be an absolute http: or https: URL\n  hint: write the full address, starting with https:// (or http://); other protocols, relative and protocol-relative addresses are refused.`,
    ]);
  });

  it('refuses an archived copy that is not https:', () => {
    expect(problemsOf(site({ [FILE]: annotationsWith('url: https://example.org/minutes', 'url: https://example.org/minutes\n    archived: http://archive.example.org/x') }))).toEqual([
      `${FILE}:21:15  source "minutes", field "archived": must be an absolute https: URL\n  hint: an archived copy is addressed with https://, for example https://web.archive.org/web/…`,
    ]);
  });

  it('refuses unsafe links and raw HTML in an analysis, naming its line', () => {
    const problems = problemsOf(site({ [FILE]: annotationsWith('    related: [budget]', '    related: [budget]\n    analysis: |\n      First line.\n      See [this](javascript:alert(1)).\n      And <b>this</b>.') }));
    expect(problems).toEqual([
      `${FILE}:16:15  annotation "mayor-left", field "analysis" (its line 2): the link address "javascript:alert(1)" uses the javascript: protocol, which is not allowed\n  hint: write an absolute https: or http: address, a mailto: address, or a path of this site starting with /.`,
      `${FILE}:16:15  annotation "mayor-left", field "analysis" (its line 3): raw HTML is not allowed here: "</b>"\n  hint: use Markdown instead (*emphasis*, **strong**, [text](https://…)); or write the characters < and > as \\< and \\>.`,
      `${FILE}:16:15  annotation "mayor-left", field "analysis" (its line 3): raw HTML is not allowed here: "<b>"\n  hint: use Markdown instead (*emphasis*, **strong**, [text](https://…)); or write the characters < and > as \\< and \\>.`,
    ]);
  });

  it('refuses a relative link in a figure caption', () => {
    expect(problemsOf(site({ [FILE]: annotationsWith('    title: Costs', '    title: Costs\n    caption: See [the notes](notes.html).') }))).toEqual([
      `${FILE}:26:14  figure "costs", field "caption" (its line 1): the link address "notes.html" is relative: it would lead elsewhere on every page that shows it\n  hint: write an absolute https: or http: address, a mailto: address, or a path of this site starting with /.`,
    ]);
  });

  it('refuses unsafe links, scripts and event handlers in the article body, at their line', () => {
    expect(problemsOf(site({ [ARTICLE_FILE]: `${ARTICLE}\nA [link](data:text/html,x) and <script>alert(1)</script> and <img src="https://example.org/a.png" onerror="alert(1)">.\n` }))).toEqual([
      `${ARTICLE_FILE}:11:3  article text: the address "data:text/html,x" in <a> uses the data: protocol, which is not allowed\n  hint: write an absolute https: or http: address, a mailto: address, or a path of this site starting with /.`,
      `${ARTICLE_FILE}:11:32  article text: the HTML element <script> is not allowed in an article\n  hint: remove it: scripts, styles, frames, forms and <mark> (which belongs to annotations) never reach readers.`,
      `${ARTICLE_FILE}:11:62  article text: the HTML attribute onerror on <img> is not allowed in an article\n  hint: remove it: event handlers never reach readers.`,
    ]);
  });

  it('accepts links to this site, fragments, mail and the web in Markdown', () => {
    expect(problemsOf(site({ [ARTICLE_FILE]: `${ARTICLE}\n[a](/verdicts/) [b](#top) [c](mailto:desk@example.org) [d](https://example.org) [e](http://example.org)\n` }))).toEqual([]);
  });
});

describe('the report', () => {
  it('gives every problem of every file in one run, in file and line order', () => {
    const problems = problemsOf(site({
      [FILE]: annotationsWith('verdict: supported', 'verdict: nope').replace('stance: supports', 'stance: agrees'),
      'content/articles/another.md': '---\ntitle: Other\npublished: 2025-01-01\n---\nText.\n',
    }));
    expect(problems.map((p) => p.split('  ')[0])).toEqual([`${FILE}:5:14`, `${FILE}:9:17`, 'content/articles/another.md:2:1']);
  });
});
