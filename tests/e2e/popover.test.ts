// Notes as popovers on a narrow screen: keyboard, pointer and dismissal behave as WCAG 1.4.13 and 2.1.1 ask.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { launchBrowser, settle, startFixtureSite, type FixtureSite } from '../helpers/browser.ts';

const ARTICLE = 'articles/harbour-bridge-budget/';
const SUMMARY = 'The bridge is the largest project since 2014, eleven years before.';

let site: FixtureSite;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [site, browser] = await Promise.all([startFixtureSite(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

beforeEach(async () => {
  const context = await browser.newContext({ viewport: { width: 375, height: 700 }, hasTouch: false });
  page = await context.newPage();
  await page.goto(site.url + ARTICLE);
  await settle(page);
  return () => context.close();
});

const ref = () => page.locator('.note-ref[data-note="largest-project"]');
const note = () => page.locator('#note-largest-project');
const isOpen = () => note().evaluate((el) => el.matches(':popover-open'));
const focusedId = () => page.evaluate(() => document.activeElement?.id || (document.activeElement as HTMLElement | null)?.dataset.note);

test('the note cards leave the flow and the numbers announce a collapsed popover', async () => {
  expect(await note().isVisible()).toBe(false);
  expect(await ref().getAttribute('aria-expanded')).toBe('false');
  expect(await ref().getAttribute('aria-controls')).toBe('note-largest-project');
});

test('Enter on a focused number opens the note next to it; Escape closes it and returns focus', async () => {
  await ref().focus();
  await page.keyboard.press('Enter');
  await expect.poll(isOpen).toBe(true);
  expect(await note().isVisible()).toBe(true);
  expect(await note().innerText()).toContain(SUMMARY);
  expect(await ref().getAttribute('aria-expanded')).toBe('true');
  // Focus moved into the popover, so its links come next with Tab.
  expect(await focusedId()).toBe('note-largest-project');
  // Anchored next to the number and inside the window.
  const [refBox, noteBox] = await page.evaluate(() =>
    ['.note-ref[data-note="largest-project"]', '#note-largest-project'].map((s) => document.querySelector(s)!.getBoundingClientRect().toJSON() as DOMRect),
  );
  expect(noteBox!.left).toBeGreaterThanOrEqual(0);
  expect(noteBox!.right).toBeLessThanOrEqual(375);
  const gap = Math.min(Math.abs(noteBox!.top - refBox!.bottom), Math.abs(refBox!.top - noteBox!.bottom));
  expect(gap, 'the popover touches the line of its number').toBeLessThan(12);
  expect(noteBox!.right > refBox!.left && noteBox!.left < refBox!.right, 'the popover spans the number').toBe(true);

  await page.keyboard.press('Escape');
  await expect.poll(isOpen).toBe(false);
  expect(await note().isVisible()).toBe(false);
  expect(await focusedId()).toBe('largest-project');
  expect(await ref().getAttribute('aria-expanded')).toBe('false');
  // Nothing navigated.
  expect(new URL(page.url()).hash).toBe('');
});

test('the links inside the popover are reachable by keyboard and work', async () => {
  await ref().focus();
  await page.keyboard.press('Enter');
  await expect.poll(isOpen).toBe(true);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.className)).toBe('note-number');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const link = await page.evaluate(() => document.activeElement?.closest('.note-more') !== null);
  expect(link).toBe(true);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/claims\/largest-project\/$/);
});

test('the pointer can move onto the popover, which stays until dismissed', async () => {
  await ref().click();
  await expect.poll(isOpen).toBe(true);
  const box = (await note().boundingBox())!;
  const from = (await ref().boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 });
  await page.waitForTimeout(600);
  expect(await isOpen()).toBe(true);
  // Clicking inside it (on its text) does not dismiss it either.
  await note().locator('.note-summary').click();
  await page.mouse.move(5, 5);
  await page.waitForTimeout(300);
  expect(await isOpen()).toBe(true);
});

test('clicking outside closes it; the number toggles it', async () => {
  await ref().click();
  await expect.poll(isOpen).toBe(true);
  await page.locator('h1').click();
  await expect.poll(isOpen).toBe(false);
  expect(await ref().getAttribute('aria-expanded')).toBe('false');

  // Outside any focusable container too, where focus does not move at all.
  await ref().click();
  await expect.poll(isOpen).toBe(true);
  await page.locator('.site-footer p').click({ position: { x: 2, y: 2 } });
  await expect.poll(isOpen).toBe(false);

  await ref().click();
  await expect.poll(isOpen).toBe(true);
  await ref().click();
  await expect.poll(isOpen).toBe(false);
});

test('one popover at a time', async () => {
  await ref().click();
  await expect.poll(isOpen).toBe(true);
  // By keyboard: the next number may sit under the open popover.
  const other = page.locator('.note-ref[data-note="opposition"]');
  await other.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('#note-opposition').evaluate((el) => el.matches(':popover-open'))).toBe(true);
  expect(await isOpen()).toBe(false);
  expect(await ref().getAttribute('aria-expanded')).toBe('false');
});

test('the mode follows the window: widening turns popovers back into sidenotes', async () => {
  await ref().click();
  await expect.poll(isOpen).toBe(true);
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect.poll(() => note().getAttribute('popover')).toBe(null);
  expect(await note().isVisible()).toBe(true);
  expect(await ref().getAttribute('aria-expanded')).toBe(null);
  await page.setViewportSize({ width: 375, height: 700 });
  await expect.poll(() => note().getAttribute('popover')).toBe('manual');
  expect(await note().isVisible()).toBe(false);
});

test('a shared #note- address opens that note', async () => {
  await page.goto(`${site.url}${ARTICLE}#note-opposition`);
  await expect.poll(() => page.locator('#note-opposition').evaluate((el) => el.matches(':popover-open'))).toBe(true);
});
