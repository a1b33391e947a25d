// Layout and weight: the script moves nothing a reader has seen (no layout shift), and weighs at most 8 kB gzipped.
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { storageKey } from '../../../src/lib/dom.ts';
import { settle } from '../../helpers/browser.ts';
import { type Reading } from './context.ts';

/** Records every layout shift from the start of the page's life (the buffered entries are kept too). */
async function recordShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: { value: number; sources: string[] }[] = [];
    (window as unknown as { shifts: typeof shifts }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
        if (!entry.hadRecentInput) shifts.push({ value: entry.value, sources: (entry.sources ?? []).map((s) => (s.node instanceof Element ? s.node.outerHTML.slice(0, 80) : String(s.node?.nodeName))) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

async function shiftsAfterLoad(page: Page): Promise<{ value: number; sources: string[] }[]> {
  await settle(page);
  await page.waitForTimeout(300);
  return page.evaluate(() => (window as unknown as { shifts: { value: number; sources: string[] }[] }).shifts);
}

export function weightTests(reading: Reading): void {
  describe('layout and weight', () => {
    test.each([375, 1024, 1440])('at %i px the page shifts nothing while it loads and the script runs (CLS 0)', async (width) => {
      const page = await reading.open(width, { before: recordShifts });
      expect(await shiftsAfterLoad(page)).toEqual([]);
    });

    test.each([375, 1440])('at %i px a script that arrives late still shifts nothing', async (width) => {
      const page = await reading.open(width, {
        before: async (page) => {
          await recordShifts(page);
          await page.route('**/*.js', async (route) => {
            await new Promise((resolve) => setTimeout(resolve, 400));
            await route.continue();
          });
        },
      });
      expect(await shiftsAfterLoad(page)).toEqual([]);
    });

    test.each([375, 1440])('at %i px a filter remembered from another page is applied before anything shows', async (width) => {
      const page = await reading.open(width, {
        before: async (page) => {
          await recordShifts(page);
          await page.addInitScript((key) => localStorage.setItem(key, JSON.stringify({ hidden: ['kind-note', 'verdict-supported'], highlights: false })), storageKey);
        },
      });
      expect(await shiftsAfterLoad(page)).toEqual([]);
    });

    test('the article page loads at most 8 kB of script, gzipped', async () => {
      const page = await reading.open(1440);
      const scripts = await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => /\.m?js(\?|$)/.test(r.name)).map((r) => r.name));
      expect(scripts.length).toBeGreaterThan(0);
      let total = 0;
      for (const url of scripts) total += gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer()), { level: 9 }).length;
      expect(total).toBeLessThanOrEqual(8 * 1024);
    });
  });
}
