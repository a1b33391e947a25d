// Candidate positions for place names and route numbers: beside the dot first, further out on leaders, stacked in columns, and numbers on their own route.
import { describe, expect, it } from 'vitest';
import { overlaps, type Box } from '../../../../src/lib/figures/labels.ts';
import type { LonLat } from '../../../../src/lib/figures/map/geometry.ts';
import { clamp, labelOptions, numberOptions, placeLabel } from '../../../../src/lib/figures/map/label-candidates.ts';
import { DOT } from '../../../../src/lib/figures/map/marks.ts';
import { distance } from '../../../../src/lib/figures/map/polyline.ts';
import { FONT, LINE, textWidth } from '../../../../src/lib/figures/svg.ts';

const AREA: Box = { x0: 3, y0: 3, x1: 337, y1: 297 };
const dotBox = ([x, y]: LonLat): Box => ({ x0: x - DOT, y0: y - DOT, x1: x + DOT, y1: y + DOT });

describe('placeLabel', () => {
  it('sets a short name on one bold line', () => {
    expect(placeLabel('Kursk')).toEqual({ lines: ['Kursk'], w: textWidth('Kursk', FONT, true), h: FONT * 1.05 });
  });

  it('wraps a long name onto lines no wider than 130 units, each adding a line to the height', () => {
    const label = placeLabel('Sudzha (Ukrainian-held town near the front)');
    expect(label.lines.length).toBeGreaterThan(1);
    for (const line of label.lines) expect(textWidth(line, FONT, true)).toBeLessThanOrEqual(130);
    expect(label.h).toBeCloseTo(FONT * 1.05 + (label.lines.length - 1) * LINE);
    expect(label.w).toBe(Math.max(...label.lines.map((l) => textWidth(l, FONT, true))));
  });
});

describe('clamp', () => {
  it('slides a box back inside the area and says how far', () => {
    expect(clamp({ x0: 10, y0: 10, x1: 50, y1: 24 }, AREA)).toEqual({ box: { x0: 10, y0: 10, x1: 50, y1: 24 }, shift: 0 });
    expect(clamp({ x0: 320, y0: 0, x1: 360, y1: 14 }, AREA)).toEqual({ box: { x0: 297, y0: 3, x1: 337, y1: 17 }, shift: Math.hypot(23, 3) });
  });
});

describe('labelOptions', () => {
  const at: LonLat = [170, 150];
  const options = labelOptions(at, 40, 14.7, AREA);

  it('starts beside the dot, right then left, centred on it and clear of it, with no leader', () => {
    const [right, left] = options;
    expect(right!.box).toEqual({ x0: 170 + DOT + 3, y0: 150 - 14.7 / 2, x1: 170 + DOT + 3 + 40, y1: 150 + 14.7 / 2 });
    expect(left!.box.x1).toBe(170 - DOT - 3);
    for (const option of options.slice(0, 8)) {
      expect(option.leader).toBeUndefined();
      expect(overlaps(option.box, dotBox(at))).toBe(false);
    }
    expect(options.slice(0, 8).map((o) => o.cost)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('then offers boxes further out, dearer, each joined to the dot by a leader', () => {
    const far = options.slice(8);
    expect(far.length).toBeGreaterThan(100);
    expect(Math.min(...far.map((o) => o.cost))).toBeGreaterThan(7);
    expect(far.filter((o) => !o.leader).every((o) => overlaps(o.box, { x0: 140, y0: 120, x1: 200, y1: 180 }))).toBe(true);
  });

  it('stacks boxes in columns either side, for places whose labels must line up one above another', () => {
    const column = options.filter((o) => o.box.x0 === 170 + 16 || o.box.x1 === 170 - 16);
    const rows = new Set(column.map((o) => Math.round(o.box.y0)));
    expect(rows.size).toBeGreaterThan(10);
    for (const option of column) expect(option.leader).toBeDefined();
  });

  it('keeps every box inside the area, charging for a box slid in from beyond the edge', () => {
    const edge = labelOptions([330, 150], 40, 14.7, AREA);
    for (const { box } of edge) expect(box.x0 >= AREA.x0 && box.x1 <= AREA.x1 && box.y0 >= AREA.y0 && box.y1 <= AREA.y1).toBe(true);
    expect(edge[0]!.cost).toBeGreaterThan(0);
  });
});

describe('numberOptions', () => {
  const line: LonLat[] = [[0, 100], [200, 100]];
  const radius = 7.5;

  it('puts the first circle on the middle of its route, then nearby along and beside it', () => {
    const options = numberOptions(line, [], radius);
    expect(options[0]).toEqual({ box: { x0: 92.5, y0: 92.5, x1: 107.5, y1: 107.5 }, cost: 0, leader: undefined });
    // Above the line before below it, where the normal points up.
    expect(options[1]!.box.y1).toBeLessThan(100);
    expect(options[2]!.box.y0).toBeGreaterThan(100);
    expect(options.filter((o) => o.leader).every((o) => Math.abs((o.box.y0 + o.box.y1) / 2 - 100) - radius > 4)).toBe(true);
  });

  it('charges for a circle nearer another route than its own', () => {
    const other: LonLat[] = [[0, 120], [200, 120]];
    for (const option of numberOptions(line, [other], radius)) {
      const c: LonLat = [(option.box.x0 + option.box.x1) / 2, (option.box.y0 + option.box.y1) / 2];
      expect(option.cost >= 250).toBe(distance(c, other) < distance(c, line) || (!!option.leader && c[1] > 120));
    }
  });
});
