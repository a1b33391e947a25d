// Time-axis ticks: as many as fit without their labels touching, labelled at their grain, the larger unit written where it changes.
import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { SMALL, textWidth } from '../../../src/lib/figures/svg.ts';
import { tickLabelX, timeTicks, type TimeTick } from '../../../src/lib/figures/time-axis.ts';

const WIDTH = 340;
const axis = (from: string, to: string, range: [number, number] = [40, 320]) => scaleUtc().domain([new Date(from), new Date(to)]).range(range);
const lines = (ticks: readonly TimeTick[]) => ticks.map((t) => t.lines);
const halfWidth = (t: TimeTick) => Math.max(...t.lines.map((l) => textWidth(l, SMALL))) / 2;

describe('timeTicks', () => {
  it('labels a span of years with years alone', () => {
    const ticks = timeTicks(axis('2015-01-01', '2024-01-01'), WIDTH, true);
    expect(ticks.length).toBeGreaterThan(2);
    for (const t of ticks) expect(t.lines).toEqual([String(new Date(t.ms).getUTCFullYear())]);
  });

  it('labels months by name, with the year under the first tick of each year', () => {
    const ticks = timeTicks(axis('2024-08-01', '2025-03-01'), WIDTH, true);
    const years = lines(ticks).filter((l) => l.length === 2).map((l) => l[1]);
    expect(years).toEqual(['2024', '2025']);
    expect(lines(ticks)[0]![0]).toMatch(/^[A-Z][a-z]{2}$/);
  });

  it('labels days as day and month, with the year once', () => {
    const ticks = timeTicks(axis('2024-10-20', '2024-10-28'), WIDTH, true);
    expect(lines(ticks)[0]).toEqual([expect.stringMatching(/^\d{1,2} Oct$/), '2024']);
    expect(lines(ticks).slice(1).every((l) => l.length === 1)).toBe(true);
  });

  it('puts ticks on days only for data without times, and on hours in UTC for data with them', () => {
    const span = axis('2024-10-24T00:00:00Z', '2024-10-26T00:00:00Z');
    for (const t of timeTicks(span, WIDTH, true)) expect(new Date(t.ms).getUTCHours()).toBe(0);
    const hours = timeTicks(axis('2024-10-24T06:00:00Z', '2024-10-24T18:00:00Z'), WIDTH, false);
    expect(lines(hours)[0]).toEqual([expect.stringMatching(/^\d\d:\d\d$/), '24 Oct 2024']);
  });

  it('keeps every label apart from the next and inside the width', () => {
    for (const [from, to] of [['2015-01-01', '2024-01-01'], ['2024-08-01', '2025-03-01'], ['2024-10-01', '2024-10-31']] as const) {
      const scale = axis(from, to);
      const ticks = timeTicks(scale, WIDTH, true);
      for (let i = 1; i < ticks.length; i += 1) {
        const [a, b] = [ticks[i - 1]!, ticks[i]!];
        expect(tickLabelX(scale, b, WIDTH) - tickLabelX(scale, a, WIDTH)).toBeGreaterThanOrEqual(halfWidth(a) + halfWidth(b) + 8);
      }
    }
  });

  it('keeps a single tick when no two labels fit', () => {
    const ticks = timeTicks(axis('2024-10-01', '2024-10-09', [0, 20]), 20, true);
    expect(ticks).toHaveLength(1);
  });
});

describe('tickLabelX', () => {
  it('centres a label under its tick, pulled inside the width at either end', () => {
    const scale = axis('2024-01-01', '2025-01-01', [0, WIDTH]);
    const tick = (date: string): TimeTick => ({ ms: Date.parse(date), lines: ['September'] });
    const half = textWidth('September', SMALL) / 2;
    expect(tickLabelX(scale, tick('2024-07-01'), WIDTH)).toBeCloseTo(scale(Date.parse('2024-07-01')));
    expect(tickLabelX(scale, tick('2024-01-01'), WIDTH)).toBeCloseTo(half + 2);
    expect(tickLabelX(scale, tick('2025-01-01'), WIDTH)).toBeCloseTo(WIDTH - half - 2);
  });
});
