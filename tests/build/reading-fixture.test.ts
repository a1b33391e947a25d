// The reading fixture built: headings under the page's own, valid by the Nu HTML Checker, notes as endnotes for
// paper, the reader's controls in the header, and a not-found page that claims no address of its own.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { classes, data, fields, ids, property, select } from '../../src/lib/dom.ts';
import { buildSite, FIXTURES, PROJECT_ROOT, removeBuild, type BuildResult } from '../helpers/build.ts';
import { attr, readPage, toString } from '../helpers/html.ts';

const ARTICLE = '/articles/river-tunnel/';
const SITE = 'https://reading.example.org';
const { claims } = parse(readFileSync(join(FIXTURES, 'reading/content/annotations/river-tunnel.yaml'), 'utf8')) as {
  claims: { id: string; kind?: string; summary: string; verdict?: string }[];
};
const hasJava = spawnSync('java', ['-version']).status === 0;

describe('the reading fixture site', () => {
  let build: BuildResult;
  beforeAll(() => {
    build = buildSite({ content: 'reading', site: SITE });
    if (build.code !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  });
  afterAll(() => removeBuild(build));

  it('puts the article\'s headings under the page\'s h1: ### at the start becomes h2, and no level is skipped', () => {
    const page = readPage(build.outDir, ARTICLE);
    const levels = page.all('h1, h2, h3, h4, h5, h6').map((h) => Number(h.tagName[1]));
    expect(levels[0]).toBe(1);
    // A heading's text ends with the numbers of the annotations that end in it.
    const headings = page.all(`.${classes.articleBody} :is(h1, h2, h3, h4, h5, h6)`).map((h) => `${h.tagName} ${toString(h).replace(/\d+$/, '')}`);
    expect(headings).toEqual([
      'h2 Opening day',
      'h3 What the counters say',
      'h2 Reactions',
      'h3 What comes next',
    ]);
    levels.reduce((previous, level) => {
      expect(level, `h${level} after h${previous}`).toBeLessThanOrEqual(previous + 1);
      return level;
    });
  });

  // The checker reports a skipped heading level as an error; --errors-only would hide nothing here, so every message counts.
  it.skipIf(!hasJava)('has an article page and a not-found page the Nu HTML Checker finds nothing to say about', () => {
    const vnu = join(PROJECT_ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');
    const files = [join(build.outDir, ARTICLE, 'index.html'), join(build.outDir, '404.html')];
    const run = spawnSync('java', ['-jar', vnu, '--format', 'json', ...files], { encoding: 'utf8' });
    const messages = (JSON.parse(run.stderr || '{"messages":[]}') as { messages: { type: string; message: string; lastLine?: number }[] }).messages;
    expect(messages.map((m) => `${m.type} line ${m.lastLine}: ${m.message}`)).toEqual([]);
  });

  it('gives the not-found page no canonical address and keeps it out of search engines and the sitemap', () => {
    const page = readPage(build.outDir, '404.html');
    expect(page.all('link[rel="canonical"]')).toHaveLength(0);
    expect(page.all('meta[property="og:url"]')).toHaveLength(0);
    expect(attr(page.one('meta[name="robots"]'), 'content')).toBe('noindex');
    expect(readFileSync(join(build.outDir, 'sitemap.xml'), 'utf8')).not.toContain('404');
    // Other pages keep theirs.
    expect(attr(readPage(build.outDir, ARTICLE).one('link[rel="canonical"]'), 'href')).toBe(`${SITE}${ARTICLE}`);
  });

  it('writes every annotation as a numbered endnote with its verdict, finding and permalink, in number order', () => {
    const page = readPage(build.outDir, ARTICLE);
    const endnotes = page.all(`.${classes.endnotes} .${classes.endnote}`);
    expect(endnotes).toHaveLength(claims.length);
    const numbers = endnotes.map((li) => Number(attr(li, 'value')));
    expect(numbers).toEqual(claims.map((_, i) => i + 1));
    for (const claim of claims) {
      const endnote = page.one(select.endnoteOf(claim.id));
      const text = toString(endnote!).trim();
      expect(text, claim.id).toContain(claim.summary);
      expect(text, claim.id).toContain(`${SITE}${ARTICLE}claims/${claim.id}/`);
      expect(text, claim.id).toMatch(claim.kind === 'correction' ? /^Correction\./ : claim.kind === 'note' ? /^Context\./ : /^[A-Z][a-z ]+\./);
    }
    expect(attr(page.one(`.${classes.endnotes}`), 'ariaLabelledBy')).toBe(ids.endnotesHeading);
  });

  it('tags each note with the category the reader\'s filter sorts it by', () => {
    const page = readPage(build.outDir, ARTICLE);
    for (const claim of claims) {
      const note = page.one(select.noteOf(claim.id));
      expect(attr(note, property(data.category)), claim.id).toBe(claim.kind === 'correction' || claim.kind === 'note' ? `kind-${claim.kind}` : `verdict-${claim.verdict}`);
    }
  });

  it('offers a legend of the article\'s verdicts and kinds, and a filter form the script reveals', () => {
    const page = readPage(build.outDir, ARTICLE);
    const controls = page.one(`.${classes.readingControls}`)!;
    expect(controls.tagName).toBe('details');
    const legend = page.all(`.${classes.readingControls} dl .${classes.badge}`).map((b) => toString(b));
    expect(legend).toEqual(['Supported', 'Mostly supported', 'Mixed', 'Misleading', 'Contradicted', 'Unverifiable', 'Correction', 'Context']);
    const form = page.one(`#${ids.readingFilter}`)!;
    expect(form.properties.hidden).toBe(true);
    expect(page.all(`#${ids.readingFilter} input[name="${fields.show}"]`)).toHaveLength(8);
    expect(page.all(`#${ids.readingFilter} [${data.preset}]`).map((b) => toString(b))).toEqual([
      'All annotations',
      'Only corrections',
      'Only contradicted or misleading claims',
    ]);
  });
});
