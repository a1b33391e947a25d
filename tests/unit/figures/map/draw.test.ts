// Drawing a map: land from the bundled atlas, one dot per place, routes as great-circle arcs with arrowheads, all in a small SVG.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { drawFigure } from '../../../../src/lib/figures/index.ts';
import type { MapFigure } from '../../../../src/schemas/figure.ts';
import { $, $$, num, parse, prop, textOf } from '../dom.ts';
import { textWidth } from '../../../../src/lib/figures/svg.ts';
import { links, map } from '../fixtures.ts';

const graphic = drawFigure(map, links).graphic;
const svg = parse(graphic);
const [, , width, height] = prop($(svg, 'svg'), 'viewBox').split(' ').map(Number) as [number, number, number, number];
type Box = { x0: number; x1: number; y0: number; y1: number };
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
/**
 * Boxes of the place labels (a box per line) and of the route numbers on the map, from the same width estimate
 * the layout uses, trimmed slightly to tolerate rounding.
 */
function labelBoxes(tree: ReturnType<typeof parse>): Box[] {
  const places = $$(tree, 'text.fig-place-label').flatMap((t) => {
    const anchor = prop(t, 'textAnchor') || 'start';
    const lines = $$(t, 'tspan').length ? $$(t, 'tspan') : [t];
    return lines.map((line) => {
      const w = textWidth(textOf(line), 14, true);
      const x0 = num(line, 'x') - (anchor === 'end' ? w : anchor === 'middle' ? w / 2 : 0);
      return { x0: x0 + 0.5, x1: x0 + w - 0.5, y0: num(line, 'y') - 14 * 0.75, y1: num(line, 'y') + 14 * 0.2 };
    });
  });
  const numbers = $$(tree, 'g.fig-route-numbers circle').map((c) => {
    const [x, y, radius] = [num(c, 'cx'), num(c, 'cy'), num(c, 'r') - 0.5];
    return { x0: x - radius, x1: x + radius, y0: y - radius, y1: y + radius };
  });
  return [...places, ...numbers];
}
const vertices = (d: string) => [...d.matchAll(/[ML]([-\d.]+) ([-\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);

describe('a map figure', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('draws land and country borders inside the view', () => {
    const land = prop($(svg, 'path.fig-land'), 'd');
    expect(land.length).toBeGreaterThan(1000);
    expect(prop($(svg, 'path.fig-borders'), 'd').length).toBeGreaterThan(100);
    const xs = [...land.matchAll(/[-\d.]+/g)].map((m) => Number(m[0]));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(-1);
    expect(Math.max(...xs)).toBeLessThanOrEqual(Math.max(width, height) + 1);
  });

  it('stays under 60 kB for a map from Korea to western Russia', () => {
    expect(Buffer.byteLength(graphic)).toBeLessThan(60_000);
  });

  it('draws one dot and one label per place, labels inside the view', () => {
    const places = $$(svg, 'g.fig-place');
    expect($$(svg, 'circle.fig-point')).toHaveLength(map.points.length);
    expect(places.map((g) => textOf($(g, 'text')))).toEqual(['Wonsan', 'Vladivostok', 'Kursk', 'Moscow']);
    for (const label of $$(svg, 'text')) {
      expect(num(label, 'x')).toBeGreaterThanOrEqual(0);
      expect(num(label, 'x')).toBeLessThanOrEqual(width);
      expect(num(label, 'y')).toBeGreaterThan(0);
      expect(num(label, 'y')).toBeLessThanOrEqual(height);
    }
  });

  it('keeps labels and route numbers off each other and off the dots', () => {
    const labels = labelBoxes(svg);
    const dots = $$(svg, 'circle.fig-point').map((c) => ({ x0: num(c, 'cx') - 4, x1: num(c, 'cx') + 4, y0: num(c, 'cy') - 4, y1: num(c, 'cy') + 4 }));
    labels.forEach((a, i) => {
      for (const b of [...labels.slice(i + 1), ...dots]) expect(overlaps(a, b)).toBe(false);
    });
  });

  it('moves a place label off a route that arrives from the side where the label would go', () => {
    // Kursk's label would sit right of its dot, where the route from the east comes in.
    const two: MapFigure = { ...map, points: map.points.filter((p) => p.id === 'vladivostok' || p.id === 'kursk'), routes: [{ from: 'vladivostok', to: 'kursk' }] };
    const drawn = parse(drawFigure(two, links).graphic);
    const route = vertices(prop($(drawn, 'path.fig-route'), 'd'));
    for (const box of labelBoxes(drawn)) {
      for (let i = 1; i < route.length; i += 1) {
        const [a, b] = [route[i - 1]!, route[i]!];
        for (let t = 0; t <= 1; t += 0.1) {
          const p = [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t] as const;
          expect(p[0] > box.x0 && p[0] < box.x1 && p[1] > box.y0 && p[1] < box.y1).toBe(false);
        }
      }
    }
  });

  it('puts places where they are: Kursk west of Vladivostok, Moscow north of Kursk', () => {
    const dot = (i: number) => $$(svg, 'circle.fig-point')[i]!;
    const [vladivostok, kursk, moscow] = [dot(1), dot(2), dot(3)];
    expect(num(kursk, 'cx')).toBeLessThan(num(vladivostok, 'cx'));
    expect(num(moscow, 'cy')).toBeLessThan(num(kursk, 'cy'));
  });

  it('draws one path per route ending in an arrowhead, from the first place towards the second', () => {
    const routes = $$(svg, 'path.fig-route');
    expect(routes).toHaveLength(2);
    const arrow = $(svg, 'marker');
    expect(prop(arrow, 'id')).toBe('figure-troop-route-arrow');
    for (const route of routes) expect(prop(route, 'markerEnd')).toBe('url(#figure-troop-route-arrow)');
    const airlift = vertices(prop(routes[1]!, 'd'));
    const [vladivostok, kursk] = [$$(svg, 'circle.fig-point')[1]!, $$(svg, 'circle.fig-point')[2]!];
    const near = (p: readonly [number, number], c: typeof kursk) => Math.hypot(p[0] - num(c, 'cx'), p[1] - num(c, 'cy'));
    expect(near(airlift[0]!, vladivostok)).toBeLessThan(12);
    expect(near(airlift[airlift.length - 1]!, kursk)).toBeLessThan(12);
  });

  it('follows the great circle, which bows north of the straight line between Vladivostok and Kursk', () => {
    const airlift = vertices(prop($$(svg, 'path.fig-route')[1]!, 'd'));
    const [a, b] = [airlift[0]!, airlift[airlift.length - 1]!];
    const middle = airlift.reduce((best, p) => (Math.abs(p[0] - (a[0] + b[0]) / 2) < Math.abs(best[0] - (a[0] + b[0]) / 2) ? p : best));
    const chordY = a[1] + ((b[1] - a[1]) * (middle[0] - a[0])) / (b[0] - a[0]);
    expect(middle[1]).toBeLessThan(chordY - 3);
  });

  it('numbers a labelled route near its middle, and names it in a legend below the map', () => {
    const numbers = $$(svg, 'g.fig-route-numbers g.fig-route-number');
    expect(numbers.map((g) => textOf($(g, 'text')))).toEqual(['1', '2']);
    const airlift = $(numbers[1]!, 'circle');
    expect(num(airlift, 'cx')).toBeGreaterThan(width * 0.25);
    expect(num(airlift, 'cx')).toBeLessThan(width * 0.75);
    expect($$(svg, 'text.fig-route-label')).toEqual([]);
    const rows = $$(svg, 'g.fig-legend g.fig-legend-row');
    expect(rows.map((row) => textOf($(row, 'text.fig-route-number-label')))).toEqual(['1', '2']);
    expect(rows.map((row) => textOf($(row, 'text.fig-legend-label')))).toEqual(['by ship', 'Il-76 airlift']);
    // The legend sits under the map, inside the same drawing.
    const mapHeight = num($(svg, 'rect.fig-water'), 'height');
    for (const row of rows) expect(num($(row, 'text.fig-legend-label'), 'y')).toBeGreaterThan(mapHeight);
    expect(height).toBeGreaterThan(mapHeight + rows.length * 16);
  });

  it('keeps each route path named for a tooltip, its label included', () => {
    expect($$(svg, 'path.fig-route').map((p) => textOf($(p, 'title')))).toEqual(['Wonsan to Vladivostok: by ship', 'Vladivostok to Kursk: Il-76 airlift']);
  });

  it('reads the atlas from disk, never from the network', () => {
    const fetch = vi.fn(() => {
      throw new Error('no network');
    });
    vi.stubGlobal('fetch', fetch);
    const other: MapFigure = { ...map, id: 'other', points: [{ id: 'seoul', name: 'Seoul', lat: 37.57, lon: 126.98 }], routes: [] };
    expect(prop($(parse(drawFigure(other, links).graphic), 'path.fig-land'), 'd').length).toBeGreaterThan(0);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('draws a single place with its surroundings, and a map without routes without an arrowhead', () => {
    const single: MapFigure = { ...map, points: [{ id: 'kyiv', name: 'Kyiv', lat: 50.45, lon: 30.52 }], routes: undefined };
    const one = parse(drawFigure(single, links).graphic);
    expect($$(one, 'circle.fig-point')).toHaveLength(1);
    expect($$(one, 'marker')).toEqual([]);
    expect($$(one, 'path.fig-route')).toEqual([]);
  });
});
