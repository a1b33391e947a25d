// SVG building blocks, and what every SVG figure owes its reader and the page: an accessible name and description, page-unique ids, scalable legible text, stable bytes.
import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { drawFigure } from '../../../src/lib/figures/index.ts';
import { FONT, LINE, figureIds, r, svgDocument, text, textWidth, wrap } from '../../../src/lib/figures/svg.ts';
import type { Figure } from '../../../src/schemas/figure.ts';
import { $, $$, descendants, parse, prop } from './dom.ts';
import * as fixtures from './fixtures.ts';

const svgFigures: Figure[] = [fixtures.bar, fixtures.line, fixtures.timeline, fixtures.map];

describe('r', () => {
  it('rounds to one decimal, without "-0" or a trailing ".0"', () => {
    expect([1.25, 2, 2.04, -0.04, -1.26, 339.96].map(r)).toEqual(['1.3', '2', '2', '0', '-1.3', '340']);
  });
});

describe('textWidth', () => {
  it('measures narrow letters narrower than wide ones, bold wider than regular, full-width scripts widest', () => {
    expect(textWidth('iii', FONT)).toBeLessThan(textWidth('nnn', FONT));
    expect(textWidth('nnn', FONT)).toBeLessThan(textWidth('mmm', FONT));
    expect(textWidth('Kursk', FONT, true)).toBeCloseTo(textWidth('Kursk', FONT) * 1.1);
    expect(textWidth('평양', FONT)).toBe(2 * FONT);
    expect(textWidth('Kursk', 2 * FONT)).toBeCloseTo(2 * textWidth('Kursk', FONT));
  });
});

describe('wrap', () => {
  it('breaks at spaces into lines no wider than asked, keeping every word', () => {
    const label = 'Reported Il-76 airlift to an unnamed airfield in western Russia';
    const lines = wrap(label, 120, FONT);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(textWidth(line, FONT)).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe(label);
  });

  it('cuts a word longer than the width, and gives one empty line for empty text', () => {
    const lines = wrap('Pneumonoultramicroscopic', 60, FONT);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('Pneumonoultramicroscopic');
    for (const line of lines) expect(textWidth(line, FONT)).toBeLessThanOrEqual(60);
    expect(wrap('  ', 60, FONT)).toEqual(['']);
  });
});

describe('text', () => {
  it('writes one line as a text element, with only the attributes that differ from the defaults', () => {
    expect(text(10, 20.04, 'a < b')).toBe('<text x="10" y="20">a &lt; b</text>');
    expect(text(1, 2, 'x', { cls: 'c', anchor: 'start', size: FONT })).toBe('<text class="c" x="1" y="2">x</text>');
    expect(text(1, 2, 'x', { anchor: 'middle', size: 13, halo: true })).toBe('<text x="1" y="2" text-anchor="middle" font-size="13" paint-order="stroke">x</text>');
  });

  it('sets several lines as tspans a line apart, or at the given line height', () => {
    expect(text(5, 10, ['one', 'two'])).toBe(`<text x="5" y="10"><tspan x="5" y="10">one</tspan><tspan x="5" y="${10 + LINE}">two</tspan></text>`);
    expect(text(5, 10, ['one', 'two'], { lineHeight: 16 })).toContain('<tspan x="5" y="26">two</tspan>');
  });
});

describe('svgDocument', () => {
  const doc = { id: 'f', kind: 'map', title: 'T & t', description: 'D', height: 100.26, body: '<g/>' };

  it('names the drawing by its title and description, ids derived from the figure id', () => {
    expect(figureIds('f')).toEqual({ title: 'figure-f-title', desc: 'figure-f-desc', arrow: 'figure-f-arrow' });
    expect(svgDocument(doc)).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" class="fig-svg fig-svg--map" viewBox="0 0 340 100.3" font-size="14" role="img"' +
        ' aria-labelledby="figure-f-title" aria-describedby="figure-f-desc"><title id="figure-f-title">T &amp; t</title><desc id="figure-f-desc">D</desc><g/></svg>',
    );
  });

  it('adds defs only when given, and is a group when asked', () => {
    const drawn = svgDocument({ ...doc, defs: '<marker/>', role: 'group' });
    expect(drawn).toContain('role="group"');
    expect(drawn).toContain('<defs><marker/></defs><g/>');
  });
});

describe.each(svgFigures.map((f) => [f.type, f] as const))('a %s figure', (_type, figure) => {
  const { graphic } = drawFigure(figure, fixtures.links);
  const svg = $(parse(graphic), 'svg');

  it('is one <svg> image named by its title and described by its description', () => {
    expect(graphic.startsWith('<svg')).toBe(true);
    expect(graphic.endsWith('</svg>')).toBe(true);
    // A drawing holding links cannot be an image, whose content is hidden from assistive technology.
    expect(prop(svg, 'role')).toBe($$(svg, 'a').length ? 'group' : 'img');
    // Marks may carry tooltips of their own; the figure's title and description are the root's children.
    const own = (tag: string) => svg.children.filter((c) => c.type === 'element' && c.tagName === tag) as Element[];
    expect(own('title')).toHaveLength(1);
    expect(own('desc')).toHaveLength(1);
    const [title, desc] = [own('title')[0]!, own('desc')[0]!];
    expect(prop(svg, 'ariaLabelledBy')).toBe(`figure-${figure.id}-title`);
    expect(prop(title, 'id')).toBe(`figure-${figure.id}-title`);
    expect(prop(svg, 'ariaDescribedBy')).toBe(`figure-${figure.id}-desc`);
    expect(prop(desc, 'id')).toBe(`figure-${figure.id}-desc`);
    expect(title.children).toEqual([expect.objectContaining({ type: 'text', value: figure.title })]);
    expect(desc.children).toEqual([expect.objectContaining({ type: 'text', value: figure.description })]);
  });

  it('scales with its container: a viewBox and no fixed width or height', () => {
    expect(prop(svg, 'viewBox')).toMatch(/^0 0 340 \d+(\.\d)?$/);
    expect(svg.properties.width).toBeUndefined();
    expect(svg.properties.height).toBeUndefined();
  });

  it('sets no text smaller than 13 units, about 11 px at 288 px wide', () => {
    const sizes = [svg, ...descendants(svg)].map((el) => prop(el, 'fontSize')).filter(Boolean).map(Number);
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(13);
  });

  it('prefixes every id with the figure id, so several figures can share a page', () => {
    const ids = descendants(svg).map((el) => prop(el, 'id')).filter(Boolean);
    expect(ids.every((id) => id.startsWith(`figure-${figure.id}-`))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('refers only to ids it defines', () => {
    const ids = new Set(descendants(svg).map((el) => prop(el, 'id')));
    const references = [...graphic.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]);
    for (const ref of references) expect(ids.has(ref!)).toBe(true);
  });

  it('loads nothing and runs nothing: no script, style, image, foreign object or external address', () => {
    for (const tag of ['script', 'style', 'image', 'img', 'foreignObject', 'use', 'iframe']) {
      expect($$(svg, tag)).toEqual([]);
    }
    const withoutNamespace = graphic.replace(' xmlns="http://www.w3.org/2000/svg"', '');
    expect(withoutNamespace).not.toMatch(/https?:|javascript:|\/\//i);
    const hrefs = $$(svg, 'a').map((a) => prop(a, 'href'));
    for (const href of hrefs) expect(href.startsWith('/base/')).toBe(true);
  });

  it('writes coordinates with at most one decimal', () => {
    const numbers = graphic.match(/\d+\.\d+/g) ?? [];
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers.filter((n) => n.split('.')[1]!.length > 1)).toEqual([]);
  });

  it('is byte-identical when drawn again, also from a copy of the data', () => {
    const again = drawFigure(structuredClone(figure), fixtures.links);
    expect(again.graphic).toBe(graphic);
    expect(again.dataTable).toBe(drawFigure(figure, fixtures.links).dataTable);
  });

  it('comes with a data table whose columns have headers', () => {
    const { dataTable } = drawFigure(figure, fixtures.links);
    expect(dataTable).not.toBeNull();
    const tables = $$(parse(dataTable!), 'table');
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) {
      const headers = $$(table, 'thead th');
      expect(headers.length).toBeGreaterThan(1);
      expect(headers.every((th) => prop(th, 'scope') === 'col')).toBe(true);
      expect($$(table, 'tbody tr').length).toBeGreaterThan(0);
    }
  });
});

describe('several figures on one page', () => {
  it('have no id in common', () => {
    const page = svgFigures.map((f) => drawFigure(f, fixtures.links).graphic).join('');
    const ids = descendants(parse(page)).map((el) => prop(el, 'id')).filter(Boolean);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
