// Bar figures: one labelled bar per datum from a zero baseline, values formatted with their unit, notes shown.
import { describe, expect, it } from 'vitest';
import { drawFigure } from '../../../src/lib/figures/index.ts';
import type { BarFigure } from '../../../src/schemas/figure.ts';
import { $, $$, num, parse, prop, textOf } from './dom.ts';
import { bar, links } from './fixtures.ts';

const draw = (figure: BarFigure) => parse(drawFigure(figure, links).graphic);

describe('a bar figure', () => {
  const svg = draw(bar);
  const items = $$(svg, 'g.fig-bar-item');

  it('draws one rect per bar, in the authored order, each with its label', () => {
    expect($$(svg, 'rect.fig-bar')).toHaveLength(bar.bars.length);
    expect(items.map((g) => textOf($(g, 'text.fig-label')))).toEqual(bar.bars.map((b) => b.label));
  });

  it('writes each value with thousands separators and the unit', () => {
    expect(items.map((g) => textOf($(g, 'text.fig-value')))).toEqual(['12,000 troops', '5,000 troops', '0 troops']);
  });

  it('makes bar lengths proportional to the values, from one baseline', () => {
    const rects = $$(svg, 'rect.fig-bar');
    const widths = rects.map((rect) => num(rect, 'width'));
    expect(widths[0]! / widths[1]!).toBeCloseTo(12000 / 5000, 1);
    expect(widths[2]).toBe(0);
    expect(new Set(rects.map((rect) => prop(rect, 'x'))).size).toBe(1);
    expect(prop($(svg, 'path.fig-baseline'), 'd')).toMatch(new RegExp(`^M${prop(rects[0]!, 'x')} `));
  });

  it('shows a note under the bar it belongs to', () => {
    expect($$(items[1]!, 'text.fig-note').map(textOf)).toEqual(['Senior Ukrainian official, unnamed']);
    expect($$(items[0]!, 'text.fig-note')).toEqual([]);
  });

  it('wraps a long label over several lines inside the view', () => {
    const long = { ...bar, bars: [{ label: 'A label long enough that it cannot possibly fit on a single line of a phone-sized figure', value: 3 }] };
    const label = $(draw(long), 'text.fig-label');
    const lines = $$(label, 'tspan');
    expect(lines.length).toBeGreaterThan(1);
    expect(textOf(label)).toBe(long.bars[0]!.label);
  });

  it('draws negative values to the left of the baseline, marked as negative, with a minus sign', () => {
    const mixed: BarFigure = { ...bar, unit: '%', bars: [{ label: 'Up', value: 40 }, { label: 'Down', value: -10 }] };
    const svgMixed = draw(mixed);
    const [up, down] = $$(svgMixed, 'rect.fig-bar');
    expect(prop(down!, 'className')).toContain('fig-bar--negative');
    expect(prop(up!, 'className')).not.toContain('fig-bar--negative');
    const zero = num(up!, 'x');
    expect(num(down!, 'x') + num(down!, 'width')).toBeCloseTo(zero, 1);
    expect(num(down!, 'x')).toBeLessThan(zero);
    expect($$(svgMixed, 'text.fig-value').map(textOf)).toEqual(['40%', '\u221210%']);
  });

  it('moves a long unit out of the value labels into one line above the bars', () => {
    const wordy = { ...bar, unit: 'square kilometres under Ukrainian control' };
    const svgWordy = draw(wordy);
    expect(textOf($(svgWordy, 'text.fig-unit'))).toBe('Values in square kilometres under Ukrainian control');
    expect($$(svgWordy, 'text.fig-value').map(textOf)).toEqual(['12,000', '5,000', '0']);
  });

  it('lists every bar in its data table: label, value, note', () => {
    const table = parse(drawFigure(bar, links).dataTable!);
    expect($$(table, 'thead th').map(textOf)).toEqual(['Label', 'Value (troops)', 'Note']);
    const rows = $$(table, 'tbody tr').map((tr) => tr.children.filter((c) => c.type === 'element').map((c) => textOf(c)));
    expect(rows).toEqual([
      ['Training in Russia (Ukrainian estimate)', '12,000', ''],
      ['Expected in the Kursk region by Monday 28 October', '5,000', 'Senior Ukrainian official, unnamed'],
      ['Confirmed in combat', '0', ''],
    ]);
  });
});
