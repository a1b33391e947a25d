// The article page read in Chromium, on the reading fixture: nested and overlapping annotations, headings from
// level three, lists, a quotation, a <details>, an image, and a second article for choices that hold across pages.
import { expect, test } from 'vitest';
import { fields, ids, select } from '../../src/lib/dom.ts';
import { addressTests } from './reading/addresses.ts';
import { axeTests } from './reading/axe.ts';
import { useReading } from './reading/context.ts';
import { controlsTests } from './reading/controls.ts';
import { keyboardTests } from './reading/keyboard.ts';
import { overlapTests } from './reading/overlaps.ts';
import { paperTests } from './reading/paper.ts';
import { stabilityTests } from './reading/stability.ts';
import { weightTests } from './reading/weight.ts';

const reading = useReading({ content: 'reading', article: 'articles/river-tunnel/' });

keyboardTests(reading);
// The article's image is the site's own icon, a file every build has; the tests hold it back to make it arrive late.
stabilityTests(reading, { image: '/favicon.svg' });
overlapTests(reading);
controlsTests(reading);
addressTests(reading);
paperTests(reading);
weightTests(reading);
axeTests(reading);

test('a filter chosen on one article holds on the next one, which says what it hides there', async () => {
  const page = await reading.open(1024);
  await page.locator(`#${ids.readingFilter}`).evaluate((form) => form.closest('details')!.setAttribute('open', ''));
  await page.getByRole('button', { name: 'Only corrections' }).click();
  await page.goto(`${reading.site.url}articles/ferry-notice/`);
  const numbers = await page.locator(select.anyRef).evaluateAll((refs) => refs.map((ref) => ref.checkVisibility({ visibilityProperty: true })));
  expect(numbers).toEqual([false, true, false]);
  expect(await page.locator(select.refOf('every-forty')).isVisible()).toBe(true);
  await page.locator(`#${ids.readingFilter}`).evaluate((form) => form.closest('details')!.setAttribute('open', ''));
  expect(await page.getByRole('status').textContent()).toBe('Showing 1 of 3 annotations: your filter hides 2.');
  expect(await page.locator(`#${ids.readingFilter} input[name="${fields.show}"]:checked`).evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value))).toEqual(['kind-correction']);
});
