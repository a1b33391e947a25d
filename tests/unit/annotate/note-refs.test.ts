// The numbered link after each annotation's last mark: where it goes, and what it leads to.
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { addNoteRefs } from '../../../src/lib/annotate/note-refs.ts';

const withRefs = (html: string, refs: { id: string; number: number }[]) => {
  const tree = fromHtml(html, { fragment: true }) as Root;
  addNoteRefs(tree, refs);
  return toHtml(tree);
};
const ref = (id: string, n: number) => `<a class="note-ref" href="#note-${id}" data-note="${id}" aria-label="Annotation ${n}"><sup>${n}</sup></a>`;

describe('addNoteRefs', () => {
  it('puts the reference right after the last mark of its annotation', () => {
    expect(withRefs('<p><mark data-claims="a">one</mark> two <mark data-claims="a">three</mark> four</p>', [{ id: 'a', number: 1 }])).toBe(
      `<p><mark data-claims="a">one</mark> two <mark data-claims="a">three</mark>${ref('a', 1)} four</p>`,
    );
  });

  it('puts the references of annotations ending together in their numbers\' order', () => {
    expect(withRefs('<p><mark data-claims="b a">x</mark></p>', [{ id: 'b', number: 2 }, { id: 'a', number: 1 }])).toBe(`<p><mark data-claims="b a">x</mark>${ref('a', 1)}${ref('b', 2)}</p>`);
  });

  it('puts the reference after a link that holds the mark, since links do not nest', () => {
    expect(withRefs('<p><a href="https://example.org"><mark data-claims="a">x</mark></a> y</p>', [{ id: 'a', number: 1 }])).toBe(
      `<p><a href="https://example.org"><mark data-claims="a">x</mark></a>${ref('a', 1)} y</p>`,
    );
  });

  it('adds nothing for an annotation without marks', () => {
    expect(withRefs('<p>x</p>', [{ id: 'a', number: 1 }])).toBe('<p>x</p>');
  });
});
