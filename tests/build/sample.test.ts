// The sample article builds as a complete fact-check: every annotation anchored, every claim backed by evidence.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { normalizeText } from '../../src/lib/anchoring/normalize.ts';
import { annotationFileSchema, type AnnotationFile } from '../../src/schemas/index.ts';
import { buildSite, PROJECT_ROOT, removeBuild, type BuildResult } from '../helpers/build.ts';
import { attr, markedText, readPage } from '../helpers/html.ts';

const SLUG = 'north-korean-troops-kursk';
const file: AnnotationFile = annotationFileSchema.parse(parse(readFileSync(join(PROJECT_ROOT, `content/annotations/${SLUG}.yaml`), 'utf8')));
const ofKind = (kind: string) => file.claims.filter((c) => c.kind === kind);

describe('the sample article', () => {
  let build: BuildResult;
  beforeAll(() => {
    build = buildSite({ content: PROJECT_ROOT });
    if (build.code !== 0) throw new Error(`the sample does not build:\n${build.stdout}\n${build.stderr}`);
  });
  afterAll(() => removeBuild(build));

  it('builds with every annotation anchored in the article and given its permalink page', () => {
    const page = readPage(build.outDir, `/articles/${SLUG}/`);
    const marked = new Set(page.all('mark').flatMap((m) => (attr(m, 'dataClaims') ?? '').split(' ')));
    for (const annotation of file.claims) {
      expect(marked.has(annotation.id), annotation.id).toBe(true);
      expect(page.one(`[id="claim-${annotation.id}"]`), annotation.id).toBeDefined();
      expect(readPage(build.outDir, `/articles/${SLUG}/claims/${annotation.id}/`).all('h1')).toHaveLength(1);
    }
  });

  it('marks every annotation so that its marks join back into its quote', () => {
    const body = readPage(build.outDir, `/articles/${SLUG}/`).one('.article-body')!;
    for (const annotation of file.claims) expect(normalizeText(markedText(body, annotation.id)).trim(), annotation.id).toBe(normalizeText(annotation.quote).trim());
  });

  it('has no claim without evidence unless its verdict is unverifiable', () => {
    const lacking = ofKind('claim').filter((c) => c.verdict !== 'unverifiable' && (c.evidence ?? []).length === 0);
    expect(lacking.map((c) => c.id)).toEqual([]);
  });

  it('checks at least 20 claims, corrects at least 10 garbles and gives at least 3 context notes', () => {
    expect(ofKind('claim').length).toBeGreaterThanOrEqual(20);
    expect(ofKind('correction').length).toBeGreaterThanOrEqual(10);
    expect(ofKind('note').length).toBeGreaterThanOrEqual(3);
  });

  it('corrects each garble that changes or hides the meaning', () => {
    const corrected = ofKind('correction').map((c) => normalizeText(c.quote));
    for (const garble of ['Ta.', 'one person and two U.S. officials', 'Lloyd J. ”', 'he would send North Korean troops', 'But he added: , it may not matter', 'in exchange for hardship', 'Posing to neighboring countries', 'It said it could continue']) {
      expect(corrected.some((quote) => quote.includes(normalizeText(garble))), garble).toBe(true);
    }
  });

  it('cites at least 15 sources and draws at least 3 figures, a route map and a line chart or timeline among them', () => {
    expect(file.sources?.length ?? 0).toBeGreaterThanOrEqual(15);
    const types = (file.figures ?? []).map((f) => f.type);
    expect(types.length).toBeGreaterThanOrEqual(3);
    expect(types).toContain('map');
    expect(types.some((t) => t === 'line' || t === 'timeline')).toBe(true);
  });
});

describe('the sample built under a base path', () => {
  let build: BuildResult;
  beforeAll(() => {
    build = buildSite({ content: PROJECT_ROOT, base: '/fact-checks/', site: 'https://example.org' });
    if (build.code !== 0) throw new Error(`the sample does not build under a base path:\n${build.stderr}`);
  });
  afterAll(() => removeBuild(build));

  it('keeps every internal link, asset and canonical address under the base path', () => {
    for (const path of ['/', `/articles/${SLUG}/`, `/articles/${SLUG}/claims/${file.claims[0]!.id}/`, '/claims/', `/sources/${file.sources![0]!.id}/`]) {
      const page = readPage(build.outDir, path);
      for (const element of page.all('a[href], link[href], script[src], img[src]')) {
        const url = attr(element, 'href') ?? attr(element, 'src')!;
        if (url.startsWith('/')) expect(url.startsWith('/fact-checks/'), `${path}: ${url}`).toBe(true);
      }
      expect(attr(page.one('link[rel=canonical]'), 'href')).toBe(`https://example.org/fact-checks${path}`);
    }
  });
});
