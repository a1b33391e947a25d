// The legend under a map: numbered routes with an arrow sample and their label, then keyed places with their name, wrapped to the view.
import { describe, expect, it } from 'vitest';
import { drawLegend } from '../../../../src/lib/figures/map/legend.ts';
import { FONT, WIDTH, textWidth } from '../../../../src/lib/figures/svg.ts';
import { $, $$, num, parse as parseHtml, prop, textOf } from '../dom.ts';

const parse = (markup: string) => parseHtml(`<svg>${markup}</svg>`);
const RADIUS = 7.5;

describe('drawLegend', () => {
  it('draws nothing, and ends at the map, when no route is numbered and no place keyed', () => {
    expect(drawLegend({ routes: [], keyed: [] }, 300, RADIUS, 'figure-x-arrow')).toEqual({ markup: '', bottom: 300 });
  });

  it('gives each numbered route a row: its number, an arrow sample and its label, in order, under the map', () => {
    const { markup, bottom } = drawLegend({ routes: ['by ship', 'Il-76 airlift'], keyed: [] }, 300, RADIUS, 'figure-x-arrow');
    const rows = $$(parse(markup), 'g.fig-legend g.fig-legend-row');
    expect(rows.map((row) => textOf($(row, 'text.fig-route-number-label')))).toEqual(['1', '2']);
    expect(rows.map((row) => textOf($(row, 'text.fig-legend-label')))).toEqual(['by ship', 'Il-76 airlift']);
    expect(rows.map((row) => prop($(row, 'path.fig-route-key'), 'markerEnd'))).toEqual(['url(#figure-x-arrow)', 'url(#figure-x-arrow)']);
    const circles = rows.map((row) => $(row, 'circle'));
    expect(num(circles[0]!, 'cy') - RADIUS).toBeGreaterThanOrEqual(308);
    expect(num(circles[1]!, 'cy')).toBeGreaterThan(num(circles[0]!, 'cy') + 2 * RADIUS);
    expect(bottom).toBeGreaterThan(num(circles[1]!, 'cy') + RADIUS);
  });

  it('gives each keyed place a row after the routes: its key and its name, without an arrow', () => {
    const { markup } = drawLegend({ routes: ['by ship'], keyed: [{ key: 'A', name: 'Kurchatov' }, { key: 'B', name: 'Lgov' }] }, 300, RADIUS, 'a');
    const rows = $$(parse(markup), 'g.fig-legend-row');
    expect(rows).toHaveLength(3);
    expect(rows.slice(1).map((row) => [textOf($(row, 'text.fig-place-key')), textOf($(row, 'text.fig-legend-label'))])).toEqual([['A', 'Kurchatov'], ['B', 'Lgov']]);
    expect(rows.slice(1).flatMap((row) => $$(row, 'path'))).toEqual([]);
  });

  it('wraps a long label inside the view, and the next row starts below it', () => {
    const long = 'Reported Il-76 airlift to an unnamed airfield in western Russia, then by road (one Ukrainian source)';
    const { markup } = drawLegend({ routes: [long, 'short'], keyed: [] }, 0, RADIUS, 'a');
    const [first, second] = $$(parse(markup), 'g.fig-legend-row');
    const lines = $$($(first!, 'text.fig-legend-label'), 'tspan');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(num(line, 'x') + textWidth(textOf(line), FONT)).toBeLessThanOrEqual(WIDTH);
    expect(num($(second!, 'text.fig-legend-label'), 'y') - FONT).toBeGreaterThan(num(lines[lines.length - 1]!, 'y'));
  });
});
