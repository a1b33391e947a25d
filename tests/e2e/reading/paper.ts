// On paper: the text with its highlights and numbers, then every note as a numbered endnote with verdict, finding and permalink.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { annotationsOf, classes, clickWords, data, select, type Reading } from './context.ts';

/** What print shows: endnotes, notes in the text, and anything that needs a hand (buttons, popovers, controls). */
function printed(page: Page) {
  return page.evaluate(
    ({ classes, data, anyNote, anyMark, anyRef }) => {
      const visible = (selector: string) => [...document.querySelectorAll(selector)].filter((el) => el.checkVisibility());
      return {
        endnotes: visible(`.${classes.endnote}`).map((li) => ({ id: li.getAttribute(data.noteFor)!, value: (li as HTMLLIElement).value, text: li.textContent!.replace(/\s+/g, ' ').trim() })),
        notesInText: visible(anyNote).length,
        // A <summary> of the article's own text is words of the article, printed as such.
        controls: visible(`button, summary, input, [popover], .${classes.readingControls}`)
          .filter((el) => !(el.matches('summary') && el.closest(`.${classes.articleBody}`)))
          .map((el) => el.outerHTML.slice(0, 80)),
        numbers: visible(anyRef).length,
        plainMarks: [...document.querySelectorAll(anyMark)].filter((m) => m.checkVisibility() && getComputedStyle(m).backgroundColor === 'rgba(0, 0, 0, 0)').length,
      };
    },
    { classes, data, anyNote: select.anyNote, anyMark: select.anyMark, anyRef: select.anyRef },
  );
}

export function paperTests(reading: Reading): void {
  describe.each([
    { width: 375, javaScriptEnabled: true, how: 'read at 375 px with JavaScript, a note and the controls open' },
    { width: 1440, javaScriptEnabled: true, how: 'read at 1440 px with JavaScript, a filter and highlighting off' },
    { width: 1440, javaScriptEnabled: false, how: 'read without JavaScript' },
  ])('printed after being $how', ({ width, javaScriptEnabled }) => {
    test('every annotation is on paper as a numbered endnote with its verdict, its summary and its permalink; nothing to click is', async () => {
      const page = await reading.open(width, { javaScriptEnabled, reducedMotion: 'reduce' });
      const annotations = await annotationsOf(page);
      if (javaScriptEnabled) {
        await page.locator(`.${classes.readingControls} summary`).click();
        if (width < 1100) await page.locator(select.refOf(annotations[0]!.id)).click();
        else {
          await page.getByRole('button', { name: 'Only corrections' }).click();
          await page.getByLabel('Highlight annotated words').uncheck();
          await clickWords(page, page.locator(`${select.anyMark}[${data.claims}*=" "]`).first());
        }
      }
      await page.emulateMedia({ media: 'print' });
      const paper = await printed(page);
      expect(paper.endnotes.map((e) => e.id)).toEqual(annotations.map((a) => a.id));
      for (const [i, { id, number, label, summary }] of annotations.entries()) {
        const endnote = paper.endnotes[i]!;
        expect(endnote.value, id).toBe(number);
        expect(endnote.text, id).toContain(`${label}.`);
        expect(endnote.text, id).toContain(summary);
        expect(endnote.text, id).toContain(`${new URL(reading.options.article, 'https://fixtures.example.org/').href}claims/${id}/`);
      }
      expect(paper.notesInText, 'notes in the text').toBe(0);
      expect(paper.controls, 'buttons, popovers and controls').toEqual([]);
      expect(paper.numbers, 'every number stays in the text').toBe(annotations.length - (await page.locator(`details:not([open]) ${select.anyRef}`).count()));
      expect(paper.plainMarks, 'every mark keeps its highlight').toBe(0);
    });
  });
}
