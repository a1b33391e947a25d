// The entry point: each figure type drawn by its own module, an SVG and a data table, or for a table figure the table alone.
import { describe, expect, it } from 'vitest';
import { drawFigure } from '../../../src/lib/figures/index.ts';
import type { Figure } from '../../../src/schemas/figure.ts';
import * as fixtures from './fixtures.ts';

describe('drawFigure', () => {
  it.each([fixtures.bar, fixtures.line, fixtures.timeline, fixtures.map].map((f) => [f.type, f] as const))('draws a %s figure as an SVG with a data table', (type, figure) => {
    const drawn = drawFigure(figure, fixtures.links);
    expect(drawn.graphic.startsWith(`<svg xmlns="http://www.w3.org/2000/svg" class="fig-svg fig-svg--${type}"`)).toBe(true);
    expect(drawn.dataTable).toMatch(/^<table class="fig-data-table">/);
  });

  it('draws a table figure as the table itself, with no data table', () => {
    const drawn = drawFigure(fixtures.table, fixtures.links);
    expect(drawn.graphic).toMatch(/^<table class="fig-table">/);
    expect(drawn.dataTable).toBeNull();
  });

  it('refuses a figure type it does not know, which only a figure that skipped validation could have', () => {
    expect(() => drawFigure({ ...fixtures.bar, type: 'pie' } as unknown as Figure, fixtures.links)).toThrow('unknown figure type: "pie"');
  });
});
