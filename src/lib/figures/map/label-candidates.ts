// Candidate positions for a map's place names and route numbers, each with the cost of sitting there, best first.
import { leaderTo, segmentsCross, type Box, type Option, type XY } from '../labels.ts';
import { FONT, LINE, textWidth, wrap } from '../svg.ts';
import type { LonLat } from './geometry.ts';
import { DOT } from './marks.ts';
import { along, distance } from './polyline.ts';

/** Widest a place name runs before it wraps. */
const MAX_LABEL = 130;
/** Cost of a route number that might be read as another route's. */
const AMBIGUOUS = 250;

export interface PlaceLabel {
  lines: string[];
  w: number;
  h: number;
}

/**
 * A place's label: one line, or several when the name is long; its box runs from 0.8 em above the first baseline
 * (where the text is placed) to 0.25 em below the last.
 */
export function placeLabel(name: string): PlaceLabel {
  const bold = textWidth('n', FONT, true) / textWidth('n', FONT);
  const lines = textWidth(name, FONT, true) > MAX_LABEL ? wrap(name, MAX_LABEL / bold, FONT) : [name];
  const w = Math.max(...lines.map((line) => textWidth(line, FONT, true)));
  return { lines, w, h: FONT * 1.05 + (lines.length - 1) * LINE };
}

/** The box moved inside the area where it sticks out, and by how much. */
export function clamp(b: Box, area: Box): { box: Box; shift: number } {
  const dx = Math.max(area.x0 - b.x0, 0) - Math.max(b.x1 - area.x1, 0);
  const dy = Math.max(area.y0 - b.y0, 0) - Math.max(b.y1 - area.y1, 0);
  return { box: { x0: b.x0 + dx, y0: b.y0 + dy, x1: b.x1 + dx, y1: b.y1 + dy }, shift: Math.hypot(dx, dy) };
}

/**
 * Boxes for a label of size w × h around a dot: beside it, above, below and diagonally first, as labels on maps
 * usually sit; then further out in sixteen directions, to be joined to the dot by a leader line. A box that would
 * stick out of the view is slid back in, which keeps a label above or below a dot near the edge still beside it.
 */
export function labelOptions([x, y]: LonLat, w: number, h: number, area: Box): Option[] {
  const gap = DOT + 3;
  const mid = y - h / 2;
  const near: [number, number][] = [
    [x + gap, mid],
    [x - gap - w, mid],
    [x - w / 2, y - gap - h],
    [x - w / 2, y + gap],
    [x + gap * 0.7, y - gap * 0.7 - h],
    [x + gap * 0.7, y + gap * 0.7],
    [x - gap * 0.7 - w, y - gap * 0.7 - h],
    [x - gap * 0.7 - w, y + gap * 0.7],
  ];
  const options: Option[] = [];
  near.forEach(([x0, y0], k) => {
    const { box, shift } = clamp({ x0, y0, x1: x0 + w, y1: y0 + h }, area);
    // Slid along its side of the dot, a label still touches it; slid onto another side, it would cover it.
    const leader = leaderTo([x, y], box, DOT + 1.5);
    options.push({ box, cost: k + shift * (leader ? 3 : 0.5), leader });
  });
  for (const d of [14, 20, 28, 38, 50, 64, 80]) {
    for (let k = 0; k < 16; k += 1) {
      const angle = (k * Math.PI) / 8;
      const [cx, cy] = [x + d * Math.cos(angle), y + d * Math.sin(angle)];
      const side = Math.cos(angle);
      const x0 = side > 0.35 ? cx : side < -0.35 ? cx - w : cx - w / 2;
      const y0 = Math.abs(side) > 0.35 ? cy - h / 2 : Math.sin(angle) > 0 ? cy : cy - h;
      const { box, shift } = clamp({ x0, y0, x1: x0 + w, y1: y0 + h }, area);
      options.push({ box, cost: 30 + 1.5 * d + 4 * (1 - Math.abs(side)) + shift, leader: leaderTo([x, y], box, DOT + 1.5) });
    }
  }
  // Columns to either side, for places so close together that their labels must stack, each on its own leader.
  for (const dx of [16, 30]) {
    for (let dy = -96; dy <= 96; dy += 8) {
      if (Math.abs(dy) < 16) continue;
      for (const x0 of [x + dx, x - dx - w]) {
        const { box, shift } = clamp({ x0, y0: y + dy - h / 2, x1: x0 + w, y1: y + dy + h / 2 }, area);
        options.push({ box, cost: 34 + 1.5 * Math.hypot(dx, dy) + shift, leader: leaderTo([x, y], box, DOT + 1.5) });
      }
    }
  }
  return options;
}

/**
 * Circles for a route's number: on the arc near its middle, then beside it, joined by a short tick when further off.
 * A circle nearer another route than its own, or whose tick crosses another route, would point at the wrong one.
 */
export function numberOptions(line: readonly LonLat[], others: readonly (readonly LonLat[])[], radius: number): Option[] {
  const options: Option[] = [];
  for (const t of [0.5, 0.44, 0.56, 0.38, 0.62, 0.32, 0.68, 0.26, 0.74, 0.2, 0.8]) {
    const { at, dir } = along(line, t);
    // Above or left of the arc first, where the normal points up.
    const normal: LonLat = dir[0] > 0 ? [dir[1], -dir[0]] : [-dir[1], dir[0]];
    for (const offset of [0, ...[2, 4, 6, 8, 11, 15, 20, 26].flatMap((o) => [radius + o, -(radius + o)])]) {
      const c: LonLat = [at[0] + normal[0] * offset, at[1] + normal[1] * offset];
      const box = { x0: c[0] - radius, y0: c[1] - radius, x1: c[0] + radius, y1: c[1] + radius };
      const far = Math.abs(offset) - radius;
      const toward = Math.sign(offset) * (radius + 1);
      const leader: [XY, XY] | undefined = far > 4 ? [at, [c[0] - normal[0] * toward, c[1] - normal[1] * toward]] : undefined;
      let cost = Math.abs(t - 0.5) * 60 + (offset ? 6 + 1.5 * far : 0) + (offset < 0 ? 0.5 : 0);
      const own = distance(c, line);
      if (others.some((other) => distance(c, other) < own)) cost += AMBIGUOUS;
      if (leader && others.some((other) => other.slice(1).some((p, i) => segmentsCross(leader, [other[i]!, p])))) cost += AMBIGUOUS;
      options.push({ box, cost, leader });
    }
  }
  return options;
}
