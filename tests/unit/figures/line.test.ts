// Line figures: every sparse point marked, one path per series, a zero-based y axis with the unit, a time axis that suits the span.
import { describe, expect, it } from 'vitest';
import { drawFigure } from '../../../src/lib/figures/index.ts';
import type { LineFigure } from '../../../src/schemas/figure.ts';
import { $, $$, parse, prop, textOf } from './dom.ts';
import { line, links } from './fixtures.ts';

const draw = (figure: LineFigure) => parse(drawFigure(figure, links).graphic);
const translate = (el: Parameters<typeof prop>[0]) => prop(el, 'transform').match(/translate\(([-\d.]+),([-\d.]+)\)/)!.slice(1).map(Number) as [number, number];
const xTickLabels = (figure: LineFigure) => $$(draw(figure), 'g.fig-tick-labels text').filter((t) => prop(t, 'textAnchor') === 'middle').map(textOf);
const series = (name: string, points: [string, number][]) => ({ name, points: points.map(([date, value]) => ({ date, value })) });

describe('a line figure', () => {
  const svg = draw(line);
  const plotted = $$(svg, 'g.fig-plot g.fig-series');

  it('draws one path per series and one marker per point', () => {
    expect(plotted).toHaveLength(line.series.length);
    plotted.forEach((g, i) => {
      expect($$(g, 'path.fig-line')).toHaveLength(1);
      expect($$(g, 'path.fig-marker')).toHaveLength(line.series[i]!.points.length);
    });
  });

  it('still draws a series of a single point: a marker and a path that moves without drawing', () => {
    const single = plotted[2]!;
    expect($$(single, 'path.fig-marker')).toHaveLength(1);
    expect(prop($(single, 'path.fig-line'), 'd')).toMatch(/^M[-\d.]+ [-\d.]+$/);
  });

  it('tells series apart by marker shape and dash pattern, not only colour', () => {
    const shapes = plotted.map((g) => prop($$(g, 'path.fig-marker')[0]!, 'd'));
    const dashes = plotted.map((g) => prop($(g, 'path.fig-line'), 'strokeDashArray'));
    expect(new Set(shapes).size).toBe(plotted.length);
    expect(new Set(dashes).size).toBe(plotted.length);
  });

  it('names each series in a legend showing its marker and dash', () => {
    const entries = $$(svg, 'g.fig-legend g.fig-series');
    expect(entries.map((g) => textOf($(g, 'text')))).toEqual(line.series.map((s) => s.name));
    expect(entries.map((g) => prop($(g, 'path.fig-marker'), 'd'))).toEqual(plotted.map((g) => prop($$(g, 'path.fig-marker')[0]!, 'd')));
  });

  it('starts the y axis at zero even when the values are far from it, with separators and the unit', () => {
    const high = draw({ ...line, series: [series('a', [['2024-01-01', 11500], ['2024-02-01', 12000]])] });
    const ticks = $$(high, 'g.fig-tick-labels text').filter((t) => prop(t, 'textAnchor') === 'end').map(textOf);
    expect(ticks[0]).toBe('0');
    expect(ticks).toContain('10,000');
    expect(textOf($(svg, 'text.fig-unit'))).toBe('square miles');
  });

  it('places points in date order whatever order they were written in', () => {
    const shuffled = { ...line, series: [series('a', [['2024-10-25', 250], ['2024-08-20', 400], ['2024-09-15', 380]])] };
    const xs = $$(draw(shuffled), 'g.fig-plot path.fig-marker').map((m) => translate(m)[0]);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('puts higher values higher and equal dates at the same x', () => {
    const [first, second] = plotted;
    const a = $$(first!, 'path.fig-marker').map(translate);
    const b = $$(second!, 'path.fig-marker').map(translate);
    expect(a[0]![1]).toBeLessThan(a[2]![1]);
    expect(a[1]![0]).toBe(b[0]![0]);
  });

  it('gives each marker a tooltip with series, date and value', () => {
    expect(textOf($($$(plotted[0]!, 'path.fig-marker')[0]!, 'title'))).toBe('Ukrainian-held area (reported), 20 Aug 2024: 400 square miles');
  });

  it('labels a span of months with month names and the year', () => {
    expect(xTickLabels(line)).toEqual(['Sep 2024', 'Oct']);
  });

  it('labels a span of years with years', () => {
    const decade = { ...line, series: [series('a', [['2014-03-01', 1], ['2024-03-01', 2]])] };
    const labels = xTickLabels(decade);
    expect(labels.length).toBeGreaterThan(1);
    expect(labels.every((l) => /^\d{4}$/.test(l))).toBe(true);
  });

  it('labels a span of days with days, and never with hours when the data give none', () => {
    const days = xTickLabels({ ...line, series: [series('a', [['2024-10-22', 1], ['2024-10-24', 2]])] });
    expect(days[0]).toBe('22 Oct 2024');
    expect(days.some((l) => l.includes(':'))).toBe(false);
    const one = xTickLabels({ ...line, series: [series('a', [['2024-10-23', 1]])] });
    expect(one.some((l) => l.includes(':'))).toBe(false);
  });

  it('labels a span of hours with UTC times when the data give times', () => {
    const hours = xTickLabels({ ...line, series: [series('a', [['2024-10-23T08:00:00Z', 1], ['2024-10-23T20:00:00+02:00', 2]])] });
    expect(hours.some((l) => /^\d\d:\d\d/.test(l))).toBe(true);
  });

  it('lists every point in its data table: date, series, value', () => {
    const table = parse(drawFigure(line, links).dataTable!);
    expect($$(table, 'thead th').map(textOf)).toEqual(['Date', 'Series', 'Value (square miles)']);
    const rows = $$(table, 'tbody tr');
    expect(rows).toHaveLength(6);
    const first = $$(rows[0]!, 'td');
    expect(prop($(first[0]!, 'time'), 'dateTime')).toBe('2024-08-20');
    expect(first.map(textOf)).toEqual(['20 Aug 2024', 'Ukrainian-held area (reported)', '400']);
    expect(prop(first[2]!, 'className')).toBe('fig-num');
  });
});
