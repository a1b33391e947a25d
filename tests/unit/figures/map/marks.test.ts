// The marks of a map: route numbers, route arrows and their arrowhead, the box the arrowhead covers, places with their labels.
import { describe, expect, it } from 'vitest';
import { DOT, arrowBox, arrowMarker, numberRadius, path, placeMark, routeNumber, routePath } from '../../../../src/lib/figures/map/marks.ts';
import { $, $$, num, parse as parseHtml, prop, textOf } from '../dom.ts';

/** Marks parsed as SVG, so their attributes keep their SVG names. */
const parse = (markup: string) => parseHtml(`<svg>${markup}</svg>`);

describe('path', () => {
  it('writes a polyline as moves and lines rounded to one decimal', () => {
    expect(path([[1, 2], [3.04, 4.25], [-0.01, 5]])).toBe('M1 2L3 4.3L0 5');
  });
});

describe('route numbers', () => {
  it('share one circle size, large enough for the widest number', () => {
    expect(numberRadius(3)).toBeGreaterThanOrEqual(7.5);
    expect(numberRadius(9)).toBe(numberRadius(3));
    expect(numberRadius(10)).toBeGreaterThan(numberRadius(9));
  });

  it('draw a circled number centred on the point, with a leader only when given', () => {
    const g = parse(routeNumber(2, [100, 50], 7.5));
    expect([num($(g, 'circle'), 'cx'), num($(g, 'circle'), 'cy'), num($(g, 'circle'), 'r')]).toEqual([100, 50, 7.5]);
    expect(textOf($(g, 'text'))).toBe('2');
    expect(prop($(g, 'text'), 'textAnchor')).toBe('middle');
    expect($$(g, 'path')).toEqual([]);
    const withLeader = parse(routeNumber(2, [100, 50], 7.5, [[80, 50], [92, 50]]));
    expect(prop($(withLeader, 'path.fig-leader'), 'd')).toBe('M80 50L92 50');
  });
});

describe('routes and their arrowhead', () => {
  it('draw a route as a thinned path ending in the arrowhead, named for a tooltip', () => {
    const line: [number, number][] = Array.from({ length: 41 }, (_, k) => [k, 10]);
    const route = $(parse(routePath(line, 'A to B: "by sea" <fast>', 'figure-x-arrow')), 'path');
    expect(prop(route, 'markerEnd')).toBe('url(#figure-x-arrow)');
    expect(prop(route, 'd').split('L').length).toBeLessThan(20);
    expect(prop(route, 'd')).toMatch(/^M0 10L.*L40 10$/);
    expect(textOf($(route, 'title'))).toBe('A to B: "by sea" <fast>');
  });

  it('define the arrowhead once, sized in view units whatever the stroke', () => {
    const marker = $(parse(arrowMarker('figure-x-arrow')), 'marker');
    expect(prop(marker, 'id')).toBe('figure-x-arrow');
    expect(prop(marker, 'markerUnits')).toBe('userSpaceOnUse');
    expect(prop(marker, 'orient')).toBe('auto');
  });

  it('know the box the arrowhead covers at the end of a line, pointing its way', () => {
    const right = arrowBox([[0, 50], [100, 50]])!;
    expect(right.x0).toBeCloseTo(92.8);
    expect(right.x1).toBeCloseTo(101.8);
    expect([right.y0, right.y1]).toEqual([45.5, 54.5]);
    const up = arrowBox([[0, 100], [0, 0]])!;
    expect(up.y0).toBeCloseTo(-1.8);
    expect(up.y1).toBeCloseTo(7.2);
    // Diagonally, each corner of the triangle bounds the box on one side.
    const diagonal = arrowBox([[0, 0], [100, 100]])!;
    const k = Math.SQRT1_2;
    expect(diagonal.x0).toBeCloseTo(100 - 7.2 * k - 4.5 * k);
    expect(diagonal.y0).toBeCloseTo(100 - 7.2 * k - 4.5 * k);
    expect(diagonal.x1).toBeCloseTo(100 + 1.8 * k);
    expect(diagonal.y1).toBeCloseTo(100 + 1.8 * k);
    expect(arrowBox([[0, 0]])).toBeUndefined();
  });
});

describe('placeMark', () => {
  const dot: [number, number] = [100, 100];
  const label = (x0: number, x1: number) => ({ box: { x0, y0: 90, x1, y1: 104.7 } });

  it('draws the dot and anchors the name on the side facing it', () => {
    const right = parse(placeMark(dot, label(107, 150), ['Kursk'], false));
    expect([num($(right, 'circle.fig-point'), 'r'), num($(right, 'circle'), 'cx')]).toEqual([DOT, 100]);
    expect([prop($(right, 'text'), 'textAnchor'), num($(right, 'text'), 'x')]).toEqual(['', 107]);
    const left = parse(placeMark(dot, label(50, 93), ['Kursk'], false));
    expect([prop($(left, 'text'), 'textAnchor'), num($(left, 'text'), 'x')]).toEqual(['end', 93]);
    const above = parse(placeMark(dot, label(80, 120), ['Kursk'], false));
    expect([prop($(above, 'text'), 'textAnchor'), num($(above, 'text'), 'x')]).toEqual(['middle', 100]);
  });

  it('sets the first baseline 0.8 em under the top of the box, with a halo', () => {
    const mark = parse(placeMark(dot, label(107, 150), ['Kursk'], false));
    expect(num($(mark, 'text'), 'y')).toBeCloseTo(90 + 14 * 0.8, 1);
    expect(prop($(mark, 'text'), 'paintOrder')).toBe('stroke');
  });

  it('marks a key as a key, and draws the leader when the label sits away from its dot', () => {
    const mark = parse(placeMark(dot, { ...label(150, 160), leader: [[105, 100], [148, 97]] }, ['A'], true));
    expect(prop($(mark, 'text'), 'className')).toBe('fig-place-label fig-place-key');
    expect(prop($(mark, 'path.fig-leader'), 'd')).toBe('M105 100L148 97');
  });
});
