// The built fixture site against the contract's "What the built site must contain", at the root and under a base path.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { normalizeText } from '../../src/lib/anchoring/normalize.ts';
import { buildSite, FIXTURES, removeBuild, type BuildResult } from '../helpers/build.ts';
import { attr, markedText, readPage, toString } from '../helpers/html.ts';

interface FixtureAnnotation {
  id: string;
  kind?: string;
  quote: string;
  aliases?: string[];
}
const fixtureFile = (path: string) => parse(readFileSync(join(FIXTURES, 'full/content', path), 'utf8'));
const bridge = fixtureFile('annotations/harbour-bridge-budget.yaml') as { claims: FixtureAnnotation[]; figures: { id: string }[] };
const ferry = fixtureFile('annotations/ferry-timetable.yaml') as { claims: FixtureAnnotation[] };
const annotated = [
  { slug: 'harbour-bridge-budget', claims: bridge.claims },
  { slug: 'ferry-timetable', claims: ferry.claims },
];

/** Every HTML file of a build, as site paths. */
function htmlPages(outDir: string, dir = ''): string[] {
  return readdirSync(join(outDir, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlPages(outDir, path);
    return entry.name.endsWith('.html') ? [`/${path}`] : [];
  });
}

describe.each([
  { name: 'at the root', base: '', prefix: '/' },
  { name: 'under a base path', base: '/fact-checks/', prefix: '/fact-checks/' },
])('the full fixture site built $name', ({ base, prefix }) => {
  let build: BuildResult;
  beforeAll(() => {
    build = buildSite({ content: 'full', base, site: 'https://example.org' });
    if (build.code !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  });
  afterAll(() => removeBuild(build));

  it('builds without a warning or an error in its output', () => {
    expect(`${build.stdout}\n${build.stderr}`).not.toMatch(/\[(WARN|ERROR)\]|warning/i);
  });

  it('lists the articles on the home page newest first, with counts by verdict', () => {
    const home = readPage(build.outDir, '/');
    const links = home.all('.article-list h3 a').map((a) => attr(a, 'href'));
    expect(links).toEqual([`${prefix}articles/ferry-timetable/`, `${prefix}articles/harbour-bridge-budget/`, `${prefix}articles/plain-notice/`]);
    const counts = toString(home.all('.article-list > li')[1]!);
    expect(counts).toMatch(/Supported\s*1/);
    expect(counts).toMatch(/Contradicted\s*1/);
    expect(counts).toMatch(/Corrections\s*1/);
  });

  it('marks every annotation in its article: marks never nest, and their text joins back into the quote', () => {
    for (const { slug, claims } of annotated) {
      const page = readPage(build.outDir, `/articles/${slug}/`);
      expect(page.all('mark mark')).toHaveLength(0);
      const body = page.one('.article-body')!;
      for (const claim of claims) expect(normalizeText(markedText(body, claim.id)).trim(), claim.id).toBe(normalizeText(claim.quote).trim());
    }
  });

  it('puts id="claim-<id>" on the first mark of each annotation, or on an empty element at its start', () => {
    const page = readPage(build.outDir, '/articles/harbour-bridge-budget/');
    for (const claim of bridge.claims) {
      for (const id of [claim.id, ...(claim.aliases ?? [])]) {
        const target = page.one(`[id="claim-${id}"]`);
        expect(target, id).toBeDefined();
        const mark = target!.tagName === 'mark' ? target! : page.all('mark').find((m) => m.children.includes(target!));
        expect(mark, id).toBeDefined();
        const first = page.all('mark').find((m) => (attr(m, 'dataClaims') ?? '').split(' ').includes(claim.id));
        expect(mark, `${id} lands on the first mark of ${claim.id}`).toBe(first);
        if (target!.tagName !== 'mark') expect(target!.children).toHaveLength(0);
      }
    }
  });

  it('shows an article without an annotation file plain', () => {
    const page = readPage(build.outDir, '/articles/plain-notice/');
    expect(page.all('mark')).toHaveLength(0);
    expect(page.text('.article-body')).toContain('This article has no annotation file, so it is shown plain.');
  });

  it('has a permalink page for every annotation of every kind, linking back to its place in the article', () => {
    for (const { slug, claims } of annotated) {
      for (const claim of claims) {
        const page = readPage(build.outDir, `/articles/${slug}/claims/${claim.id}/`);
        expect(page.all('h1')).toHaveLength(1);
        expect(normalizeText(page.text('h1'))).toContain(normalizeText(claim.quote).trim());
        expect(page.all('a').map((a) => attr(a, 'href'))).toContain(`${prefix}articles/${slug}/#claim-${claim.id}`);
      }
    }
  });

  it('shows a correction beside the text as published', () => {
    const page = readPage(build.outDir, '/articles/harbour-bridge-budget/claims/across-paragraphs/');
    expect(page.text('.correction ins')).toBe('according to the council. Critics, however, said');
    expect(page.text('.correction del')).toBe('according to the council. Critics said');
  });

  it('leads from an alias page to the current permalink', () => {
    const page = readPage(build.outDir, '/articles/harbour-bridge-budget/claims/bridge-budget/');
    const target = `${prefix}articles/harbour-bridge-budget/claims/budget-amount/`;
    expect(attr(page.one('link[rel=canonical]'), 'href')).toBe(`https://example.org${target}`);
    expect(attr(page.one('meta[http-equiv=refresh]'), 'content')).toBe(`0; url=${target}`);
    expect(page.all('main a').map((a) => attr(a, 'href'))).toContain(target);
  });

  it('has a ClaimReview on each claim page, and none on notes and corrections', () => {
    for (const claim of bridge.claims) {
      const page = readPage(build.outDir, `/articles/harbour-bridge-budget/claims/${claim.id}/`);
      const scripts = page.all('script[type="application/ld+json"]');
      if ((claim.kind ?? 'claim') !== 'claim') {
        expect(scripts, claim.id).toHaveLength(0);
        continue;
      }
      expect(scripts, claim.id).toHaveLength(1);
      const review = JSON.parse(toString(scripts[0]!));
      expect(review).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        url: `https://example.org${prefix}articles/harbour-bridge-budget/claims/${claim.id}/`,
        datePublished: '2025-03-20',
        reviewRating: { '@type': 'Rating', bestRating: 5, worstRating: 1 },
        itemReviewed: { '@type': 'Claim', datePublished: '2025-03-14', appearance: { url: 'https://gazette.example.org/2025/03/14/bridge' } },
      });
      expect(normalizeText(review.claimReviewed)).toBe(normalizeText(claim.quote).trim());
      expect(typeof review.reviewRating.ratingValue).toBe('number');
      expect(review.reviewRating.alternateName).toBeTruthy();
      expect(review.author).toBeTruthy();
      expect(review.itemReviewed.author).toBeTruthy();
    }
  });

  it('gives each permalink page a social card of its own, a PNG the build drew', () => {
    const page = readPage(build.outDir, '/articles/harbour-bridge-budget/claims/budget-amount/');
    expect(attr(page.one('meta[property="og:image"]'), 'content')).toBe(`https://example.org${prefix}cards/harbour-bridge-budget/budget-amount.png`);
    expect(attr(page.one('meta[name="twitter:card"]'), 'content')).toBe('summary_large_image');
    const png = readFileSync(join(build.outDir, 'cards/harbour-bridge-budget/budget-amount.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it('publishes each annotated article\'s annotations as a W3C Web Annotation collection, linked from the article', () => {
    const page = readPage(build.outDir, '/articles/harbour-bridge-budget/');
    expect(attr(page.one('link[rel=alternate][type="application/ld+json"]'), 'href')).toBe(`${prefix}articles/harbour-bridge-budget/annotations.jsonld`);
    const collection = JSON.parse(readFileSync(join(build.outDir, 'articles/harbour-bridge-budget/annotations.jsonld'), 'utf8'));
    expect(collection.total).toBe(bridge.claims.length);
    expect(collection.first.items[0].target.source).toBe(`https://example.org${prefix}articles/harbour-bridge-budget/`);
  });

  it('has a page for every source listing every annotation that cites it, in any article', () => {
    const minutes = readPage(build.outDir, '/sources/council-minutes/');
    const cited = minutes.all('.citations a:not(.badge)').map((a) => attr(a, 'href'));
    expect(cited).toContain(`${prefix}articles/harbour-bridge-budget/claims/budget-amount/`);
    expect(cited).toContain(`${prefix}articles/harbour-bridge-budget/claims/maintenance/`);
    expect(cited).toContain(`${prefix}articles/harbour-bridge-budget/#figure-budget-bars`);
    expect(minutes.all('a').map((a) => attr(a, 'href'))).toContain('https://archive.example.org/council-minutes');
    const notice = readPage(build.outDir, '/sources/operator-notice/');
    expect(notice.all('.citations a:not(.badge)').map((a) => attr(a, 'href'))).toEqual([`${prefix}articles/ferry-timetable/claims/ferry-frequency/`]);
    expect(readPage(build.outDir, '/sources/audit-report/').all('.citations li').length).toBeGreaterThan(0);
  });

  it('lists every annotation of the site on /claims/, grouped by verdict', () => {
    const page = readPage(build.outDir, '/claims/');
    const links = page.all('.annotation-list a:not(.badge)').map((a) => attr(a, 'href'));
    for (const { slug, claims } of annotated) for (const claim of claims) expect(links).toContain(`${prefix}articles/${slug}/claims/${claim.id}/`);
    expect(page.all('section h2').map((h) => attr(h, 'id'))).toEqual(['supported', 'mostly-supported', 'mixed', 'contradicted', 'unverifiable', 'correction', 'note']);
  });

  it('links every verdict shown to the page that explains the scale', () => {
    const page = readPage(build.outDir, '/articles/harbour-bridge-budget/claims/bridge-length/');
    expect(attr(page.one('.finding .badge'), 'href')).toBe(`${prefix}verdicts/#contradicted`);
    expect(readPage(build.outDir, '/verdicts/').one('#contradicted')).toBeDefined();
  });

  it('places each figure after the paragraph where the first annotation listing it begins, numbered in order', () => {
    const page = readPage(build.outDir, '/articles/harbour-bridge-budget/');
    const order = page.all('.article-body > *').map((el) => (el.tagName === 'figure' ? attr(el, 'id') : 'passage'));
    expect(order).toEqual([
      'passage', 'figure-budget-bars', 'figure-cost-table',
      'passage', 'figure-spending-line',
      'passage', 'figure-route-map', 'figure-milestones',
      'passage',
      'figure-unlisted-table',
    ]);
    expect(page.all('.figure-number').map((n) => toString(n))).toEqual(['Figure 1', 'Figure 2', 'Figure 3', 'Figure 4', 'Figure 5', 'Figure 6']);
    const bars = page.one('#figure-budget-bars')!;
    expect(toString(bars)).toContain('Budget by item');
    expect(toString(bars)).toContain('The bridge takes 12 million euros; roads take 4 million.');
  });

  it('gives every page lang, a title, a description, a viewport, a favicon, a main landmark and one h1', () => {
    const pages = htmlPages(build.outDir);
    expect(pages.length).toBeGreaterThan(15);
    for (const path of pages) {
      const page = readPage(build.outDir, path);
      expect(attr(page.one('html'), 'lang'), path).toBeTruthy();
      expect(page.text('title'), path).toBeTruthy();
      expect(attr(page.one('meta[name=description]'), 'content'), path).toBeTruthy();
      expect(attr(page.one('meta[name=viewport]'), 'content'), path).toContain('width=device-width');
      expect(attr(page.one('link[rel=icon]'), 'href'), path).toBe(`${prefix}favicon.svg`);
      expect(page.all('main'), path).toHaveLength(1);
      expect(page.all('h1'), path).toHaveLength(1);
    }
  });

  it('keeps every internal link and asset under the base path, Markdown links included', () => {
    for (const path of htmlPages(build.outDir)) {
      const page = readPage(build.outDir, path);
      for (const element of page.all('a[href], link[href], script[src], img[src]')) {
        const url = attr(element, 'href') ?? attr(element, 'src')!;
        if (url.startsWith('/')) expect(url.startsWith(prefix), `${path}: ${url}`).toBe(true);
      }
    }
    const analysis = readPage(build.outDir, '/articles/harbour-bridge-budget/claims/budget-amount/');
    expect(analysis.all('.analysis a').map((a) => attr(a, 'href'))).toContain(`${prefix}verdicts/`);
    expect(readPage(build.outDir, '/articles/harbour-bridge-budget/').all('.article-body a').map((a) => attr(a, 'href'))).toContain(`${prefix}sources/council-minutes/`);
  });
});
