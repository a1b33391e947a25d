// The permalink page's copy-link button: there with JavaScript, copying the canonical address; absent without.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startFixtureSite, type FixtureSite } from '../helpers/browser.ts';

describe('the copy-link button of a permalink page', () => {
  let site: FixtureSite;
  let browser: Browser;
  beforeAll(async () => {
    site = await startFixtureSite('full');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  const PATH = 'articles/harbour-bridge-budget/claims/budget-amount/';

  it('copies the permalink and says so', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
    const page = await context.newPage();
    await page.goto(site.url + PATH);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.locator('#copy-status').textContent()).toBe('Link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`https://fixtures.example.org/${PATH}`);
    await context.close();
  });

  it('is not offered without JavaScript, where it could not work', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url + PATH);
    expect(await page.getByRole('button', { name: 'Copy link' }).count()).toBe(0);
    await context.close();
  });
});
