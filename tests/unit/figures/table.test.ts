// Table figures: an accessible HTML table with column headers, row headers, and numbers formatted and right-aligned.
import { describe, expect, it } from 'vitest';
import { drawFigure } from '../../../src/lib/figures/index.ts';
import type { TableFigure } from '../../../src/schemas/figure.ts';
import { $, $$, parse, prop, textOf } from './dom.ts';
import { links, table } from './fixtures.ts';

const draw = (figure: TableFigure) => drawFigure(figure, links);

describe('a table figure', () => {
  const drawn = draw(table);
  const html = parse(drawn.graphic);

  it('is a table with no separate data table and no caption of its own', () => {
    expect(drawn.graphic.startsWith('<table')).toBe(true);
    expect(drawn.dataTable).toBeNull();
    expect($$(html, 'caption')).toEqual([]);
  });

  it('heads each column with a th scoped to it', () => {
    const headers = $$(html, 'thead th');
    expect(headers.map(textOf)).toEqual(table.columns);
    expect(headers.every((th) => prop(th, 'scope') === 'col')).toBe(true);
  });

  it('has one row per data row, the first cell naming the row', () => {
    const rows = $$(html, 'tbody tr');
    expect(rows).toHaveLength(2);
    expect(rows.map((tr) => prop($(tr, 'th'), 'scope'))).toEqual(['row', 'row']);
    expect(rows.map((tr) => textOf($(tr, 'th')))).toEqual(['U.S. officials', 'U.K. Ministry of Defence']);
  });

  it('formats numbers with thousands separators, and aligns a column holding words as text', () => {
    const cells = $$(html, 'tbody tr').map((tr) => $$(tr, 'td'));
    expect(textOf(cells[0]![0]!)).toBe('600,000');
    // "about 600,000" is words, so the whole column stays left-aligned rather than ragged.
    expect(cells.map((row) => prop(row[0]!, 'className'))).toEqual(['', '']);
  });

  it('right-aligns a column of numbers, authored as numbers or as numeric text, header included', () => {
    const numeric = parse(draw({ ...table, columns: ['Killed', 'Wounded'], rows: [[1500, 1000], ['250', '12,000']] }).graphic);
    expect($$(numeric, 'thead th').map((th) => prop(th, 'className'))).toEqual(['fig-num', 'fig-num']);
    // A numeric first column holds values, not row names.
    expect($$(numeric, 'tbody th')).toEqual([]);
    expect($$(numeric, 'tbody td').map(textOf)).toEqual(['1,500', '1,000', '250', '12,000']);
  });

  it('writes years in a year column without a thousands separator', () => {
    const years = parse(draw({ ...table, columns: ['Year', 'Troops'], rows: [[2023, 1000], [2024, 12000]] }).graphic);
    expect($$(years, 'tbody td').map(textOf)).toEqual(['2023', '1,000', '2024', '12,000']);
  });

  it('keeps an authored empty cell empty, and a column of numbers with a gap right-aligned', () => {
    // Verified rows hold one cell per column; an empty cell is written "".
    const gaps = parse(draw({ ...table, columns: ['Estimate by', 'Killed', 'As of'], rows: [['U.S. officials', '', 'Oct 2024'], ['U.K. Ministry of Defence', 600000, '']] }).graphic);
    const rows = $$(gaps, 'tbody tr').map((tr) => [...$$(tr, 'th'), ...$$(tr, 'td')].map(textOf));
    expect(rows).toEqual([
      ['U.S. officials', '', 'Oct 2024'],
      ['U.K. Ministry of Defence', '600,000', ''],
    ]);
    expect($$(gaps, 'thead th').map((th) => prop(th, 'className'))).toEqual(['', 'fig-num', '']);
  });
});
