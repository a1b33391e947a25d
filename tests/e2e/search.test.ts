// Search finds annotations, articles and sources in the built site, under its base path too.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, removeBuild, type BuildResult } from '../helpers/build.ts';
import { axeViolations, describeViolations, launchBrowser } from '../helpers/browser.ts';
import { serveStatic, type StaticSite } from '../helpers/serve.ts';

describe('search, in a site built under a base path', () => {
  let build: BuildResult;
  let site: StaticSite;
  let browser: Browser;

  beforeAll(async () => {
    build = buildSite({ content: 'full', base: '/fact-checks/' });
    if (build.code !== 0) throw new Error(`build failed:\n${build.stderr}`);
    site = await serveStatic(build.outDir, '/fact-checks/');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    removeBuild(build);
  });

  it('lists the annotation pages that hold the words searched for, linked under the base path', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}search/`);
    await page.fill('#search input', 'maintenance');
    await page.waitForSelector('.pagefind-ui__result-link', { timeout: 15_000 });
    const links = await page.locator('.pagefind-ui__result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toContain('/fact-checks/articles/harbour-bridge-budget/claims/maintenance/');
    expect(describeViolations(await axeViolations(page))).toBe('');
    await page.close();
  });

  it('finds nothing for words that are on no page', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}search/`);
    await page.fill('#search input', 'zyzzyvaquux');
    await page.waitForSelector('.pagefind-ui__message', { timeout: 15_000 });
    await expect.poll(() => page.locator('.pagefind-ui__message').textContent()).toMatch(/No results/i);
    await page.close();
  });

  it('tells a reader without JavaScript where to find every page', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}search/`);
    await expect(page.locator('#search').textContent()).resolves.toContain('the list of all annotations');
    await context.close();
  });
});
