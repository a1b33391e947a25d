// Measures of a route's line in view units: shortening its ends, thinning its vertices, points along it and distance to it.
import type { XY } from '../labels.ts';
import type { LonLat } from './geometry.ts';

/** A polyline shortened by `start` and `end` units, so the arc leaves and meets the dots' edges and the arrowhead stays visible. */
export function trim(line: LonLat[], start: number, end: number): LonLat[] {
  const cut = (pts: LonLat[], by: number): LonLat[] => {
    let left = by;
    for (let i = 1; i < pts.length; i += 1) {
      const [x0, y0] = pts[i - 1]!;
      const [x1, y1] = pts[i]!;
      const len = Math.hypot(x1 - x0, y1 - y0);
      if (len >= left) {
        const t = left / len;
        return [[x0 + (x1 - x0) * t, y0 + (y1 - y0) * t], ...pts.slice(i)];
      }
      left -= len;
    }
    return pts;
  };
  const length = line.slice(1).reduce((sum, p, i) => sum + Math.hypot(p[0] - line[i]![0], p[1] - line[i]![1]), 0);
  if (length <= start + end + 4) return line;
  return cut(cut(line, start).reverse(), end).reverse();
}

/** Drops vertices closer than `step` to the last kept one, keeping both ends: a gentle arc needs only a few. */
export function thinLine(line: LonLat[], step: number): LonLat[] {
  const kept: LonLat[] = [];
  line.forEach((p, i) => {
    const prev = kept[kept.length - 1];
    const far = !prev || Math.hypot(p[0] - prev[0], p[1] - prev[1]) >= step;
    if (i === line.length - 1 && !far && kept.length > 1) kept[kept.length - 1] = p;
    else if (far || i === line.length - 1) kept.push(p);
  });
  return kept;
}

/** A point and the direction of travel at a fraction of the polyline's length. */
export function along(line: readonly LonLat[], t: number): { at: LonLat; dir: LonLat } {
  const lengths = line.slice(1).map((p, i) => Math.hypot(p[0] - line[i]![0], p[1] - line[i]![1]));
  let left = t * lengths.reduce((a, b) => a + b, 0);
  for (const [i, len] of lengths.entries()) {
    if (left <= len || i === lengths.length - 1) {
      const [a, b] = [line[i]!, line[i + 1]!];
      const k = len ? Math.min(1, left / len) : 0;
      return { at: [a[0] + (b[0] - a[0]) * k, a[1] + (b[1] - a[1]) * k], dir: len ? [(b[0] - a[0]) / len, (b[1] - a[1]) / len] : [1, 0] };
    }
    left -= len;
  }
  return { at: line[0] ?? [0, 0], dir: [1, 0] };
}

/** Distance from a point to a polyline. */
export function distance([x, y]: XY, line: readonly XY[]): number {
  let best = Infinity;
  for (let i = 1; i < line.length; i += 1) {
    const [[x0, y0], [x1, y1]] = [line[i - 1]!, line[i]!];
    const len2 = (x1 - x0) ** 2 + (y1 - y0) ** 2;
    const t = len2 ? Math.max(0, Math.min(1, ((x - x0) * (x1 - x0) + (y - y0) * (y1 - y0)) / len2)) : 0;
    best = Math.min(best, Math.hypot(x - x0 - t * (x1 - x0), y - y0 - t * (y1 - y0)));
  }
  return line.length === 1 ? Math.hypot(x - line[0]![0], y - line[0]![1]) : best;
}
