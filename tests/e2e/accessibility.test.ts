// axe-core over every kind of page, in light and dark colour schemes and with forced colours, at wide and narrow widths.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, describeViolations, launchBrowser, settle, startFixtureSite, type FixtureSite } from '../helpers/browser.ts';

const ARTICLE = 'articles/harbour-bridge-budget/';

const PAGES: [name: string, path: string, width: number][] = [
  ['home', '', 1280],
  ['annotated article, wide', ARTICLE, 1280],
  ['annotated article, narrow', ARTICLE, 375],
  ['plain article', 'articles/plain-notice/', 1280],
  ['claim permalink', `${ARTICLE}claims/budget-amount/`, 1280],
  ['note permalink', `${ARTICLE}claims/thursday/`, 1280],
  ['correction permalink', `${ARTICLE}claims/across-paragraphs/`, 375],
  ['source page', 'sources/council-minutes/', 1280],
  ['all annotations', 'claims/', 1280],
  ['verdict scale', 'verdicts/', 375],
  ['claim with updates', `${ARTICLE}claims/bridge-length/`, 1280],
  ['updates', 'updates/', 375],
  ['embed, at the width of its frame', `${ARTICLE}claims/bridge-length/embed/`, 550],
  ['not found', '404.html', 1280],
];

let site: FixtureSite;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  [site, browser] = await Promise.all([startFixtureSite(), launchBrowser()]);
  context = await browser.newContext();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe.each(['light', 'dark', 'forced'] as const)('axe finds no violations, %s colours', (scheme) => {
  const colorScheme = scheme === 'dark' ? 'dark' : 'light';
  const forcedColors = scheme === 'forced' ? 'active' : 'none';
  test.each(PAGES)('%s', async (_name, path, width) => {
    const page = await context.newPage();
    try {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme, forcedColors });
      await page.goto(site.url + path);
      await settle(page);
      // The scheme really applied: the page background follows it, or the system's colours replace the site's.
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const [r = 0] = background.match(/\d+/g)!.map(Number);
      if (scheme === 'forced') expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
      else expect(colorScheme === 'dark' ? r < 60 : r > 200, `background ${background}`).toBe(true);
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('an open note popover on a narrow screen', async () => {
    const page = await context.newPage();
    try {
      await page.setViewportSize({ width: 375, height: 800 });
      await page.emulateMedia({ colorScheme, forcedColors });
      await page.goto(site.url + ARTICLE);
      await page.locator('.note-ref[data-note="budget-amount"]').click();
      await expect.poll(() => page.locator('#note-budget-amount').evaluate((el) => el.matches(':popover-open'))).toBe(true);
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
