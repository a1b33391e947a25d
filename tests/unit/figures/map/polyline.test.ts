// Route lines in view units: ends shortened, vertices thinned, points along them and distances to them.
import { describe, expect, it } from 'vitest';
import type { LonLat } from '../../../../src/lib/figures/map/geometry.ts';
import { along, distance, thinLine, trim } from '../../../../src/lib/figures/map/polyline.ts';

const bend: LonLat[] = [[0, 0], [30, 0], [30, 40]];

describe('trim', () => {
  it('shortens a line by the given length at each end, across vertices', () => {
    expect(trim([[0, 0], [100, 0]], 5, 10)).toEqual([[5, 0], [90, 0]]);
    expect(trim(bend, 35, 10)).toEqual([[30, 5], [30, 30]]);
  });

  it('leaves a line too short to shorten as it is', () => {
    expect(trim([[0, 0], [20, 0]], 8, 8)).toEqual([[0, 0], [20, 0]]);
  });
});

describe('thinLine', () => {
  it('drops vertices closer than the step to the last one kept, and keeps both ends', () => {
    const dense: LonLat[] = Array.from({ length: 101 }, (_, k) => [k / 10, 0]);
    const thin = thinLine(dense, 2.5);
    expect(thin[0]).toEqual([0, 0]);
    expect(thin[thin.length - 1]).toEqual([10, 0]);
    expect(thin.length).toBeLessThanOrEqual(6);
    for (let i = 1; i < thin.length - 1; i += 1) expect(thin[i]![0] - thin[i - 1]![0]).toBeGreaterThanOrEqual(2.5);
  });

  it('moves the last kept vertex to the end rather than keep one just short of it', () => {
    expect(thinLine([[0, 0], [3, 0], [6, 0], [7, 0]], 2.5)).toEqual([[0, 0], [3, 0], [7, 0]]);
  });
});

describe('along', () => {
  it('finds the point and direction at a fraction of the length', () => {
    expect(along(bend, 0.5)).toEqual({ at: [30, 5], dir: [0, 1] });
    expect(along(bend, 0.2)).toEqual({ at: [14, 0], dir: [1, 0] });
    expect(along(bend, 1)).toEqual({ at: [30, 40], dir: [0, 1] });
  });

  it('gives the first point of a line of one point', () => {
    expect(along([[3, 4]], 0.5)).toEqual({ at: [3, 4], dir: [1, 0] });
  });
});

describe('distance', () => {
  it('measures to the nearest segment, its inside or its ends', () => {
    expect(distance([15, 10], bend)).toBe(10);
    expect(distance([40, 20], bend)).toBe(10);
    expect(distance([-3, -4], bend)).toBe(5);
    expect(distance([3, 4], [[0, 0]])).toBe(5);
  });
});
