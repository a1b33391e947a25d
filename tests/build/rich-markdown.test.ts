// Quotes anchor in every kind of Markdown an article may hold: headings, lists, quotes, tables, code, footnotes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { normalizeText } from '../../src/lib/anchoring/normalize.ts';
import { buildSite, FIXTURES, removeBuild, type BuildResult } from '../helpers/build.ts';
import { markedText, readPage } from '../helpers/html.ts';

const { claims } = parse(readFileSync(join(FIXTURES, 'rich/content/annotations/rich-markdown.yaml'), 'utf8')) as { claims: { id: string; quote: string }[] };

describe('an article written with every kind of Markdown', () => {
  let build: BuildResult;
  beforeAll(() => {
    build = buildSite({ content: 'rich' });
    if (build.code !== 0) throw new Error(`build failed:\n${build.stderr}`);
  });
  afterAll(() => removeBuild(build));

  it.each(claims.map((c) => [c.id, c.quote]))('marks %s, whose marks join back into its quote', (id, quote) => {
    const page = readPage(build.outDir, '/articles/rich-markdown/');
    expect(page.all('mark mark')).toHaveLength(0);
    expect(normalizeText(markedText(page.one('.article-body')!, id)).trim()).toBe(normalizeText(quote).trim());
    expect(page.one(`[id="claim-${id}"]`)).toBeDefined();
  });

  it('keeps the page title its only h1, headings of the text one level below', () => {
    const page = readPage(build.outDir, '/articles/rich-markdown/');
    expect(page.all('h1')).toHaveLength(1);
    expect(page.all('.article-body h2').length).toBeGreaterThanOrEqual(1);
  });
});
