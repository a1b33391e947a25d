// Label placement: boxes in view, off the dots and marks, clear of each other and of each other's leaders, cheapest first, rows below as a last resort.
import { describe, expect, it } from 'vitest';
import {
  crosses,
  leaderTo,
  nearestOnBox,
  overflowBottom,
  overlaps,
  placeItems,
  segmentsCross,
  type Box,
  type Item,
  type Obstacles,
  type Option,
  type Placement,
  type XY,
} from '../../../src/lib/figures/labels.ts';

const box = (x0: number, y0: number, w: number, h: number): Box => ({ x0, y0, x1: x0 + w, y1: y0 + h });
const AREA = box(0, 0, 400, 300);
const none: Obstacles = { area: AREA, boxes: [], lines: [] };

/** An item of the given size at an anchor, its options given as boxes with costs, each joined by a leader when far enough. */
function item(anchor: XY, options: [Box, number][], extra: Partial<Item> = {}): Item {
  const [first] = options;
  const width = first ? first[0].x1 - first[0].x0 : 40;
  const height = first ? first[0].y1 - first[0].y0 : 14;
  return {
    anchor,
    width,
    height,
    options: options.map(([b, cost]): Option => ({ box: b, cost, leader: leaderTo(anchor, b, 0) })),
    leaderGap: 0,
    ...extra,
  };
}

/** Whether two placements touch as placeItems defines it: boxes within 1.5 units, or a leader through the other's box. */
function touch(a: Placement, b: Placement): boolean {
  const through = (p: Placement, q: Placement) => !!p.leader && crosses(q.box, p.leader[0], p.leader[1]);
  return overlaps(a.box, b.box, 1.5) || through(a, b) || through(b, a);
}

describe('box and segment geometry', () => {
  it('counts boxes that share only an edge as apart, unless a gap is asked for', () => {
    expect(overlaps(box(0, 0, 10, 10), box(10, 0, 10, 10))).toBe(false);
    expect(overlaps(box(0, 0, 10, 10), box(9, 9, 10, 10))).toBe(true);
    expect(overlaps(box(0, 0, 10, 10), box(11, 0, 10, 10), 1.5)).toBe(true);
  });

  it('finds a segment through a box, inside it, or only near it when the box is grown', () => {
    const b = box(10, 10, 10, 10);
    expect(crosses(b, [0, 15], [30, 15])).toBe(true);
    expect(crosses(b, [12, 12], [18, 18])).toBe(true);
    expect(crosses(b, [0, 0], [30, 5])).toBe(false);
    expect(crosses(b, [0, 9], [30, 9])).toBe(false);
    expect(crosses(b, [0, 9], [30, 9], 1)).toBe(true);
    // Past the corner, clipping tells a diagonal that misses from one that cuts through.
    expect(crosses(b, [0, 15], [15, 0])).toBe(false);
    expect(crosses(b, [0, 35], [35, 0])).toBe(true);
  });

  it('counts segments as crossing only when each passes strictly through the other', () => {
    expect(segmentsCross([[0, 0], [10, 10]], [[0, 10], [10, 0]])).toBe(true);
    expect(segmentsCross([[0, 0], [10, 0]], [[0, 5], [10, 5]])).toBe(false);
    // Sharing an end, as a leader and its own route may, is not a crossing.
    expect(segmentsCross([[0, 0], [10, 10]], [[10, 10], [20, 0]])).toBe(false);
    expect(segmentsCross([[0, 0], [4, 4]], [[0, 10], [10, 0]])).toBe(false);
  });

  it('finds the point of a box nearest to a point outside or inside it', () => {
    expect(nearestOnBox(box(10, 10, 10, 10), [0, 15])).toEqual([10, 15]);
    expect(nearestOnBox(box(10, 10, 10, 10), [30, 30])).toEqual([20, 20]);
    expect(nearestOnBox(box(10, 10, 10, 10), [12, 14])).toEqual([12, 14]);
  });

  it('draws a leader from the gap off the anchor to short of the box, and none for a box close by', () => {
    const [from, to] = leaderTo([0, 0], box(40, -5, 20, 10), 5)!;
    expect(from).toEqual([5, 0]);
    expect(to).toEqual([38.5, 0]);
    expect(leaderTo([0, 0], box(8, -5, 20, 10), 5)).toBeUndefined();
  });
});

describe('placeItems', () => {
  it('takes the cheapest option that stays in the area and off the dots and marks', () => {
    const options: [Box, number][] = [
      [box(390, 10, 40, 14), 0], // sticks out of the area
      [box(100, 100, 40, 14), 1], // on a dot
      [box(100, 200, 40, 14), 2], // on an arrowhead
      [box(20, 10, 40, 14), 3],
      [box(200, 10, 40, 14), 4],
    ];
    const [placed] = placeItems([item([10, 10], options)], { area: AREA, boxes: [box(110, 105, 8, 8)], marks: [box(120, 205, 8, 8)], lines: [] });
    expect(placed!.box).toEqual(box(20, 10, 40, 14));
    expect(placed!.overflow).toBeUndefined();
  });

  it('runs no leader through a dot other than its own', () => {
    const own = box(6, 6, 8, 8);
    const other = box(96, 6, 8, 8);
    const options: [Box, number][] = [
      [box(150, 3, 40, 14), 0], // its leader passes through the other dot
      [box(10, 100, 40, 14), 5],
    ];
    const [placed] = placeItems([item([10, 10], options, { own: [0] })], { area: AREA, boxes: [own, other], lines: [] });
    expect(placed!.box).toEqual(box(10, 100, 40, 14));
    expect(placed!.leader).toBeDefined();
    expect(crosses(other, placed!.leader![0], placed!.leader![1], 0.5)).toBe(false);
  });

  it('prefers a slightly dearer option off a route to one across it, and a route number its own route', () => {
    const route: XY[] = [[0, 50], [400, 50]];
    const options: [Box, number][] = [
      [box(100, 43, 40, 14), 0],
      [box(100, 70, 40, 14), 10],
    ];
    const obstacles: Obstacles = { area: AREA, boxes: [], lines: [route] };
    expect(placeItems([item([120, 50], options)], obstacles)[0]!.box).toEqual(box(100, 70, 40, 14));
    expect(placeItems([item([120, 50], options, { ownLine: 0 })], obstacles, new Set([0]))[0]!.box).toEqual(box(100, 43, 40, 14));
  });

  it('keeps items apart: the second takes its next option when the first holds the one it wanted', () => {
    const shared = box(100, 100, 40, 14);
    const placed = placeItems(
      [item([90, 90], [[shared, 0], [box(30, 30, 40, 14), 50]]), item([150, 120], [[box(110, 105, 40, 14), 0], [box(200, 200, 40, 14), 20]])],
      none,
    );
    expect(placed.map((p) => p.box)).toEqual([shared, box(200, 200, 40, 14)]);
    expect(touch(placed[0]!, placed[1]!)).toBe(false);
  });

  it('moves an item aside for one that has nowhere else to go', () => {
    const only = box(100, 100, 40, 14);
    const flexible = item([140, 140], [[box(110, 104, 40, 14), 0], [box(250, 250, 40, 14), 30]]);
    const stuck = item([90, 90], [[only, 0]]);
    for (const items of [[flexible, stuck], [stuck, flexible]]) {
      const placed = placeItems(items, none);
      expect(placed.find((p) => p.box === only || (p.box.x0 === only.x0 && p.box.y0 === only.y0))).toBeDefined();
      expect(placed.some((p) => p.overflow)).toBe(false);
    }
  });

  it('avoids crossing leaders when parallel ones cost little more', () => {
    const high = box(200, 90, 40, 20);
    const low = box(200, 190, 40, 20);
    const placed = placeItems([item([50, 100], [[low, 0], [high, 10]]), item([50, 200], [[high, 0], [low, 10]])], none);
    expect(placed.map((p) => p.box)).toEqual([high, low]);
    expect(segmentsCross(placed[0]!.leader!, placed[1]!.leader!)).toBe(false);
  });

  it('searches the whole area, nearest the anchor first, when none of an item’s options is free', () => {
    const wall = box(0, 0, 400, 100);
    const dot = box(196, 146, 8, 8);
    const [placed] = placeItems([item([200, 150], [[box(180, 40, 40, 14), 0]], { own: [1] })], { area: AREA, boxes: [wall, dot], lines: [] });
    expect(placed!.overflow).toBeUndefined();
    for (const b of [wall, dot]) expect(overlaps(placed!.box, b, 1)).toBe(false);
    // On a grid of 5 units, the nearest free position is within a step or two of the dot.
    const [nx, ny] = nearestOnBox(placed!.box, [200, 150]);
    expect(Math.hypot(nx - 200, ny - 150)).toBeLessThanOrEqual(4 + 1 + 2 * 5);
  });

  it('stacks what finds no room in rows under the area, left to right, each with a leader to its anchor', () => {
    const area = box(0, 0, 100, 20);
    const items = [0, 1, 2].map((k) => item([10 + 30 * k, 10], [], { width: 45, height: 14 }));
    const full: Obstacles = { area, boxes: [box(0, 0, 100, 20)], lines: [] };
    const placed = placeItems(items, full);
    expect(placed.every((p) => p.overflow)).toBe(true);
    // Two fit side by side in the width; the third starts a new row.
    expect(placed.map((p) => [p.box.x0, p.box.y0])).toEqual([[0, 21.5], [49.5, 21.5], [0, 37]]);
    for (const [k, p] of placed.entries()) expect(p.leader![0]).toEqual(items[k]!.anchor);
    expect(overflowBottom(placed, 20)).toBe(52.5);
    expect(overflowBottom([{ box: box(0, 0, 10, 10) }], 20)).toBe(20);
  });

  it('never lets two items in the area touch, however crowded; only leaders from the rows below may cross the area', () => {
    const items = Array.from({ length: 9 }, (_, k) => {
      const anchor: XY = [80 + (k % 3) * 6, 60 + Math.floor(k / 3) * 6];
      const options = Array.from({ length: 16 }, (_, j): [Box, number] => {
        const angle = (j * Math.PI) / 8;
        return [box(anchor[0] + 30 * Math.cos(angle) - 20, anchor[1] + 30 * Math.sin(angle) - 7, 40, 14), j];
      });
      return item(anchor, options);
    });
    const placed = placeItems(items, { area: box(0, 0, 200, 150), boxes: [], lines: [] });
    expect(placed.filter((p) => !p.overflow).length).toBeGreaterThan(4);
    placed.forEach((a, i) =>
      placed.slice(i + 1).forEach((b) => {
        if (a.overflow || b.overflow) expect(overlaps(a.box, b.box)).toBe(false);
        else expect(touch(a, b)).toBe(false);
      }),
    );
  });

  it('gives the same layout for the same input', () => {
    const items = [item([50, 100], [[box(60, 95, 40, 14), 0], [box(0, 60, 40, 14), 3]]), item([60, 104], [[box(60, 95, 40, 14), 0], [box(70, 120, 40, 14), 4]])];
    expect(placeItems(items, none)).toEqual(placeItems(structuredClone(items), none));
  });
});
