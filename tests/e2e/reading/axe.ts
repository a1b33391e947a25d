// axe-core (WCAG 2.2 AA) on the article page: light, dark and forced colours, narrow and wide, and in every state a reader can put it in.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations, describeViolations } from '../../helpers/browser.ts';
import { annotationsOf, classes, clickWords, data, select, type OpenSettings, type Reading } from './context.ts';

const SCHEMES: [name: string, settings: OpenSettings][] = [
  ['light', { colorScheme: 'light' }],
  ['dark', { colorScheme: 'dark' }],
  ['forced colours', { forcedColors: 'active' }],
];

/** The states a reader can leave the page in, each set up from a freshly loaded page. */
const STATES: [name: string, reach: (page: Page, width: number) => Promise<void>][] = [
  ['as loaded', async () => {}],
  ['with the legend and filters open, a filter on and highlighting off', async (page) => {
    await page.locator(`.${classes.readingControls} summary`).click();
    await page.locator(`.${classes.readingControls} [${data.preset}]`).nth(1).click();
    await page.getByLabel('Highlight annotated words').uncheck();
  }],
  ['with a note open', async (page) => {
    const [first] = await annotationsOf(page);
    await page.locator(select.refOf(first!.id)).click();
  }],
  ['with the choice of several annotations open', async (page) => {
    await clickWords(page, page.locator(`${select.anyMark}[${data.claims}*=" "]`).first());
  }],
];

/** `everyState: false` checks the page as loaded only, for a long article whose states the fixture already covers. */
export function axeTests(reading: Reading, { everyState = true } = {}): void {
  describe.each(SCHEMES)('axe finds nothing on the article page, %s', (_scheme, settings) => {
    test.each([375, 1440])(everyState ? 'at %i px, in every state a reader can leave it in' : 'at %i px, as loaded', async (width) => {
      for (const [state, reach] of everyState ? STATES : STATES.slice(0, 1)) {
        const page = await reading.open(width, settings);
        await reach(page, width);
        const violations = await axeViolations(page);
        expect(violations, `${state}:\n${describeViolations(violations)}`).toEqual([]);
      }
    });
  });
}
