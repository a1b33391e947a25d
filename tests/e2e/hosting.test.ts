// The site as a host serves it, with its `_headers`, under a base path: every kind of page holds to the
// Content-Security-Policy, and only the embed pages may sit in another site's frame, where they render.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, test } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/hosting/headers.ts';
import { buildSite, removeBuild, type BuildResult } from '../helpers/build.ts';
import { launchBrowser, settle } from '../helpers/browser.ts';
import { watchPolicy } from '../helpers/policy.ts';
import { serveStatic, type StaticSite } from '../helpers/serve.ts';

const SITE_URL = 'https://example.org';
const BASE = '/fact-checks/';
const CLAIM = 'articles/harbour-bridge-budget/claims/bridge-length/';

let build: BuildResult;
let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  build = buildSite({ content: 'full', base: BASE, site: SITE_URL });
  if (build.code !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  [site, browser] = await Promise.all([serveStatic(build.outDir, BASE), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (build) removeBuild(build);
});

/** A second origin: one page that holds the given HTML. */
async function hostPage(html: string): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Another site</title></head><body><p>A post of another site.</p>${html}</body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/post/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('every kind of page under the Content-Security-Policy of _headers', () => {
  const PAGES: [kind: string, path: string, status: number][] = [
    ['home', '', 200],
    ['annotated article', 'articles/harbour-bridge-budget/', 200],
    ['plain article', 'articles/plain-notice/', 200],
    ['claim, with its structured data', CLAIM, 200],
    ['correction', 'articles/harbour-bridge-budget/claims/across-paragraphs/', 200],
    ['embed', `${CLAIM}embed/`, 200],
    ['source', 'sources/council-minutes/', 200],
    ['all annotations', 'claims/', 200],
    ['updates', 'updates/', 200],
    ['verdict scale', 'verdicts/', 200],
    ['search', 'search/', 200],
    ['an address that leads nowhere', 'no/such/page/', 404],
  ];

  test.each(PAGES)('%s: served with the policy, and loads with no violation', async (_kind, path, status) => {
    const page = await browser.newPage();
    try {
      const violations = await watchPolicy(page);
      const response = (await page.goto(site.url + path))!;
      expect(response.status()).toBe(status);
      expect(response.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers()['x-content-type-options']).toBe('nosniff');
      expect(response.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
      await settle(page);
      // The browser reports the 404 status of a page that is not found as an error of its own.
      const reported = (await violations()).filter((line) => !(status === 404 && line.includes('status of 404')));
      expect(reported).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('leads from the former address of a claim to the claim, with no violation on either page', async () => {
    const page = await browser.newPage();
    try {
      const violations = await watchPolicy(page);
      await page.goto(`${site.url}articles/harbour-bridge-budget/claims/bridge-budget/`);
      await page.waitForURL(`${site.url}articles/harbour-bridge-budget/claims/budget-amount/`);
      await settle(page);
      expect(await violations()).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('would notice a violation: an inline script under the policy is reported', async () => {
    const page = await browser.newPage();
    try {
      const violations = await watchPolicy(page);
      await page.route(`${site.url}inline-test/`, (route) =>
        route.fulfill({ contentType: 'text/html', headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY }, body: '<!doctype html><title>t</title><script>document.title = "ran"</script>' }),
      );
      await page.goto(`${site.url}inline-test/`);
      expect(await page.title()).toBe('t');
      await expect.poll(async () => (await violations()).join('\n')).toMatch(/^script-src-elem blocked inline in /m);
    } finally {
      await page.close();
    }
  });

  it('lets the search run: Pagefind compiles its WebAssembly and fetches its index under the policy', async () => {
    const page = await browser.newPage();
    try {
      const violations = await watchPolicy(page);
      await page.goto(`${site.url}search/`);
      await page.fill('#search input', 'maintenance');
      await page.waitForSelector('.pagefind-ui__result-link', { timeout: 15_000 });
      expect(await page.locator('.pagefind-ui__result-link').count()).toBeGreaterThan(0);
      expect(await violations()).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('copies the embed code of a claim page under the policy', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
    const page = await context.newPage();
    const violations = await watchPolicy(page);
    await page.goto(site.url + CLAIM);
    await page.getByText('Embed this annotation').click();
    await page.getByRole('button', { name: 'Copy embed code' }).click();
    await expect.poll(() => page.locator('#embed-copy-status').textContent()).toBe('Embed code copied.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(new RegExp(`^<iframe src="${SITE_URL}${BASE}${CLAIM}embed/" `));
    expect(copied).toBe(await page.locator('#embed-code-field').inputValue());
    expect(await violations()).toEqual([]);
    await context.close();
  });
});

describe('an embed in another site', () => {
  const oembed = () => JSON.parse(readFileSync(join(build.outDir, CLAIM, 'oembed.json'), 'utf8')) as { html: string; width: number; height: number };
  // The oEmbed names the site's public address; here the site is on loopback.
  const local = (html: string) => html.replaceAll(`${SITE_URL}${BASE}`, site.url);

  it('renders in an iframe of another origin from its oEmbed code, styled, with no violation, at the size the oEmbed gives', async () => {
    const { html, width, height } = oembed();
    const host = await hostPage(local(html));
    const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
    try {
      const violations = await watchPolicy(page);
      await page.goto(host.url);
      const frame = page.frameLocator('iframe');
      await expect.poll(() => frame.locator('h1').textContent()).toBe('The bridge will be 300 metres long.');
      expect(await frame.locator('.badge').textContent()).toBe('Contradicted');
      // Its stylesheet applied: the badge has the verdict's background, not the browser's default.
      expect(await frame.locator('.badge').evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
      const box = (await page.locator('iframe').boundingBox())!;
      expect([Math.round(box.width), Math.round(box.height)]).toEqual([width, height]);
      // All of the card fits in the frame: no scrolling inside it.
      const content = await frame.locator('html').evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
      expect(content.scroll).toBeLessThanOrEqual(content.client);
      // Its links leave the frame for a new tab.
      const targets = await frame.locator('a').evaluateAll((links) => links.map((a) => `${a.getAttribute('target')} ${a.getAttribute('rel')}`));
      expect(new Set(targets)).toEqual(new Set(['_blank noopener']));
      expect(await violations()).toEqual([]);
    } finally {
      await page.close();
      await host.close();
    }
  });

  it('opens the full check in a new tab from the frame', async () => {
    const host = await hostPage(local(oembed().html));
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(host.url);
      const [opened] = await Promise.all([context.waitForEvent('page'), page.frameLocator('iframe').getByRole('link', { name: /Read the full check/ }).click()]);
      await opened!.waitForLoadState();
      expect(opened!.url()).toBe(`${site.url}${CLAIM}`);
    } finally {
      await context.close();
      await host.close();
    }
  });

  it('is the only kind of page another site can frame', async () => {
    const host = await hostPage(`<iframe src="${site.url}${CLAIM}" title="claim"></iframe><iframe src="${site.url}${CLAIM}embed/" title="embed"></iframe>`);
    const page = await browser.newPage();
    try {
      await page.goto(host.url);
      await page.waitForLoadState('load');
      const [claim, embed] = [page.frameLocator('iframe[title=claim]'), page.frameLocator('iframe[title=embed]')];
      await expect.poll(() => embed.locator('h1').count()).toBe(1);
      // A refused frame shows the browser's error page, not the claim's heading.
      expect(await claim.locator('h1').count()).toBe(0);
      expect(page.frames().map((f) => f.url())).toContain('chrome-error://chromewebdata/');
    } finally {
      await page.close();
      await host.close();
    }
  });
});

describe('the feed, the sitemap and the oEmbed documents, read by the browser', () => {
  /** Parses an XML document of the site with the browser's strict XML parser; returns what the checks need. */
  async function readXml(path: string) {
    const page = await browser.newPage();
    try {
      await page.goto(site.url);
      return await page.evaluate(async (url) => {
        const text = await (await fetch(url)).text();
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        const ns = doc.documentElement.namespaceURI;
        const kids = (el: Element, name: string) => [...el.children].filter((c) => c.localName === name);
        const one = (el: Element, name: string) => kids(el, name)[0]?.textContent ?? null;
        const describe = (el: Element) => ({
          id: one(el, 'id'),
          title: one(el, 'title'),
          updated: one(el, 'updated'),
          summary: one(el, 'summary'),
          alternate: kids(el, 'link').find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate')?.getAttribute('href') ?? null,
          self: kids(el, 'link').find((l) => l.getAttribute('rel') === 'self')?.getAttribute('href') ?? null,
          author: kids(el, 'author').map((a) => one(a, 'name')),
          loc: one(el, 'loc'),
          lastmod: one(el, 'lastmod'),
        });
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          root: doc.documentElement.localName,
          ns,
          head: describe(doc.documentElement),
          children: [...doc.documentElement.children].filter((c) => c.localName === 'entry' || c.localName === 'url').map(describe),
        };
      }, site.url + path);
    } finally {
      await page.close();
    }
  }
  const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

  it('gives a well-formed Atom feed with every element Atom requires', async () => {
    const feed = await readXml('feed.xml');
    expect(feed.error).toBeNull();
    expect([feed.root, feed.ns]).toEqual(['feed', 'http://www.w3.org/2005/Atom']);
    expect(feed.head).toMatchObject({ id: `${SITE_URL}${BASE}`, self: `${SITE_URL}${BASE}feed.xml`, author: ['Fixture Checks'] });
    expect(feed.head.updated).toMatch(RFC3339);
    expect(feed.children.length).toBe(14);
    for (const entry of feed.children) {
      expect(entry.id, JSON.stringify(entry)).toMatch(new RegExp(`^${SITE_URL}${BASE}`));
      expect(entry.title).toBeTruthy();
      expect(entry.summary).toBeTruthy();
      expect(entry.updated).toMatch(RFC3339);
      expect(entry.alternate).toBe(entry.id);
    }
    expect(new Set(feed.children.map((e) => e.id)).size).toBe(feed.children.length);
    // The feed is as new as its newest entry.
    expect(feed.head.updated).toBe(feed.children[0]!.updated);
  });

  it('gives a well-formed sitemap of absolute addresses under the base path, each served', async () => {
    const sitemap = await readXml('sitemap.xml');
    expect(sitemap.error).toBeNull();
    expect([sitemap.root, sitemap.ns]).toEqual(['urlset', 'http://www.sitemaps.org/schemas/sitemap/0.9']);
    expect(sitemap.children.length).toBeGreaterThan(15);
    for (const url of sitemap.children) {
      expect(url.loc).toMatch(new RegExp(`^${SITE_URL}${BASE}`));
      if (url.lastmod !== null) expect(url.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const response = await fetch(url.loc!.replace(`${SITE_URL}${BASE}`, site.url));
      expect(response.status, url.loc!).toBe(200);
    }
  });

  it('serves each oEmbed as JSON that other sites may fetch', async () => {
    const page = await browser.newPage();
    try {
      const host = await hostPage('');
      await page.goto(host.url);
      // Fetched from another origin, as a browser-side consumer would.
      const oembed = await page.evaluate((url) => fetch(url).then((r) => r.json()), `${site.url}${CLAIM}oembed.json`);
      expect(oembed).toMatchObject({ version: '1.0', type: 'rich', width: 550 });
      await host.close();
    } finally {
      await page.close();
    }
  });
});
