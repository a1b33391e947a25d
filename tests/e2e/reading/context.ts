// What every reading test needs: the built site, a browser, an article page opened at a width, and its annotations as the page shows them.
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { classes, data, select } from '../../../src/lib/dom.ts';
import { launchBrowser, settle, startFixtureSite, type FixtureSite } from '../../helpers/browser.ts';

export interface ReadingOptions {
  /** Folder holding `content/`: a fixture name, or an absolute path (the sample). */
  content: string;
  /** Site path of the article, ending in a slash, without the leading one. */
  article: string;
}

export interface Reading {
  readonly site: FixtureSite;
  readonly browser: Browser;
  readonly options: ReadingOptions;
  /** Opens the article (or `path`) in a fresh browser context; the context closes with the test. */
  open(width: number, settings?: OpenSettings): Promise<Page>;
}

export interface OpenSettings extends BrowserContextOptions {
  height?: number;
  /** Appended to the article's address: `#claim-…`. */
  hash?: string;
  path?: string;
  /** Set up the page before it loads (routes, storage). */
  before?: (page: Page) => Promise<void>;
  /** Wait for the page's load event and the script's first frames (default), or only for the document. */
  wait?: 'settled' | 'document';
}

/** Builds and serves the site once for the file, and closes every page a test opened. */
export function useReading(options: ReadingOptions): Reading {
  let site: FixtureSite;
  let browser: Browser;
  const opened: Page[] = [];
  beforeAll(async () => {
    [site, browser] = await Promise.all([startFixtureSite(options.content), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get site() {
      return site;
    },
    get browser() {
      return browser;
    },
    options,
    async open(width, { height = 800, hash = '', path, before, wait = 'settled', ...context } = {}) {
      for (const page of opened.splice(0)) await page.context().close();
      const browserContext = await browser.newContext({ viewport: { width, height }, ...context });
      // A test that waits on something that never comes fails in seconds, with what it waited for.
      browserContext.setDefaultTimeout(10_000);
      const page = await browserContext.newPage();
      opened.push(page);
      await before?.(page);
      await page.goto(site.url + (path ?? options.article) + hash, { waitUntil: wait === 'settled' ? 'load' : 'commit' });
      if (wait === 'settled' && context.javaScriptEnabled !== false) await settle(page);
      return page;
    },
  };
}

export interface PageAnnotation {
  id: string;
  number: number;
  summary: string;
  category: string;
  label: string;
}

/** The article's annotations in number order, read from their notes. */
export function annotationsOf(page: Page): Promise<PageAnnotation[]> {
  return page.evaluate(
    ({ classes, data, anyNote }) =>
      [...document.querySelectorAll<HTMLElement>(anyNote)]
        .map((note) => ({
          id: note.getAttribute(data.noteFor)!,
          number: Number(note.querySelector(`.${classes.noteNumber}`)!.textContent),
          summary: note.querySelector(`.${classes.noteSummary}`)!.textContent!.trim(),
          category: note.getAttribute(data.category)!,
          label: note.querySelector(`.${classes.badge}`)!.textContent!.trim(),
        }))
        .sort((a, b) => a.number - b.number),
    { classes, data, anyNote: select.anyNote },
  );
}

/** The annotation ids of the note numbers in the text, in document order. */
export function refOrder(page: Page): Promise<string[]> {
  return page.evaluate(({ anyRef, note }) => [...document.querySelectorAll(anyRef)].map((ref) => ref.getAttribute(note)!), { anyRef: select.anyRef, note: data.note });
}

export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The box of the first element matching `selector`, in the window's coordinates, or null when it shows nothing. */
export function boxOf(page: Page, selector: string): Promise<Box | null> {
  return page.evaluate((selector) => {
    const el = document.querySelector(selector);
    const r = el?.getBoundingClientRect();
    return r && (r.width > 0 || r.height > 0) ? { top: r.top, bottom: r.bottom, left: r.left, right: r.right } : null;
  }, selector);
}

/** The middle of the first line box of an element (a mark may wrap, and the middle of its whole box be other words). */
export async function firstLine(locator: Locator): Promise<{ x: number; y: number }> {
  await locator.scrollIntoViewIfNeeded();
  return locator.evaluate((el) => {
    const r = el.getClientRects()[0]!;
    return { x: r.left + Math.min(r.width / 2, 20), y: r.top + r.height / 2 };
  });
}

/** Clicks an element's words, on its first line. */
export async function clickWords(page: Page, locator: Locator): Promise<void> {
  const { x, y } = await firstLine(locator);
  await page.mouse.click(x, y);
}

/** Whether a box lies within the window, wholly. */
export function inWindow(box: Box | null, page: Page): boolean {
  const { width, height } = page.viewportSize()!;
  return box !== null && box.top >= 0 && box.left >= 0 && box.bottom <= height && box.right <= width;
}

/** Whether an annotation's note is open as a popover. */
export function popoverOpen(page: Page, id: string): Promise<boolean> {
  return page.locator(select.noteOf(id)).evaluate((note) => note.matches(':popover-open'));
}

/** The element that has focus, described by the contract: `ref:<id>`, `note:<id>`, or its tag and class. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(({ anyRef, anyNote, data }) => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    if (el.matches(anyRef)) return `ref:${el.getAttribute(data.note)}`;
    if (el.matches(anyNote)) return `note:${el.getAttribute(data.noteFor)}`;
    return `${el.tagName.toLowerCase()}.${el.className}`;
  }, { anyRef: select.anyRef, anyNote: select.anyNote, data });
}

/** The widths the issue names: a phone, a tablet upright, a tablet on its side or a small laptop, a desktop. */
export const WIDTHS = [375, 768, 1024, 1440] as const;

/** Below this width the notes are popovers; from it, sidenotes. */
export const WIDE = 1100;

export { classes, data, select };
