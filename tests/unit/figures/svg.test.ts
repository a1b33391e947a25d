// What every SVG figure owes its reader and the page: an accessible name and description, page-unique ids, scalable legible text, stable bytes.
import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { drawFigure } from '../../../src/lib/figures/index.ts';
import type { Figure } from '../../../src/schemas/figure.ts';
import { $, $$, descendants, parse, prop } from './dom.ts';
import * as fixtures from './fixtures.ts';

const svgFigures: Figure[] = [fixtures.bar, fixtures.line, fixtures.timeline, fixtures.map];

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
