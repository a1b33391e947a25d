// Label placement: each label takes the first candidate position that stays in view and touches nothing placed before,
// trying a few placing orders and keeping the one with the least overlap.
import { r, text, textWidth } from './svg.ts';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

type XY = readonly [number, number];

export interface Candidate {
  /** anchor point of the text and its alignment */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface LabelRequest {
  label: string;
  size: number;
  cls: string;
  bold?: boolean;
  candidates: readonly Candidate[];
}

export interface Obstacles {
  width: number;
  height: number;
  /** areas labels should not cover, such as dots */
  boxes: readonly Box[];
  /** lines labels should not cross, such as routes */
  lines: readonly (readonly XY[])[];
}

const MARGIN = 3;
// Costs of a position, in square units of overlap: text over text or over a dot is the worst; a haloed label
// crossing a line stays readable; a label pulled away from its anchor is merely less clear.
const OVERLAP_WEIGHT = 4;
const CROSSING_COST = 150;
const MOVE_WEIGHT = 20;

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Whether the segment from a to b passes through the box (Liang–Barsky clipping). */
function crosses(box: Box, [x0, y0]: XY, [x1, y1]: XY): boolean {
  const dx = x1 - x0;
  const dy = y1 - y0;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [[-dx, x0 - box.x0], [dx, box.x1 - x0], [-dy, y0 - box.y0], [dy, box.y1 - y0]];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

function boxOf(c: Candidate, w: number, size: number): Box {
  const x0 = c.anchor === 'start' ? c.x : c.anchor === 'end' ? c.x - w : c.x - w / 2;
  return { x0, y0: c.y - size * 0.8, x1: x0 + w, y1: c.y + size * 0.25 };
}

/** The candidate moved inside the view where it sticks out. */
function pullIn(c: Candidate, b: Box, o: Obstacles): { c: Candidate; b: Box } {
  const dx = Math.max(MARGIN - b.x0, 0) - Math.max(b.x1 - (o.width - MARGIN), 0);
  const dy = Math.max(MARGIN - b.y0, 0) - Math.max(b.y1 - (o.height - MARGIN), 0);
  return { c: { ...c, x: c.x + dx, y: c.y + dy }, b: { x0: b.x0 + dx, y0: b.y0 + dy, x1: b.x1 + dx, y1: b.y1 + dy } };
}

function cost(b: Box, taken: readonly Box[], o: Obstacles): number {
  let sum = 0;
  for (const t of taken) sum += OVERLAP_WEIGHT * overlapArea(b, t);
  for (const line of o.lines) if (line.slice(1).some((p, i) => crosses(b, line[i]!, p))) sum += CROSSING_COST;
  return sum;
}

interface Placed {
  c: Candidate;
  cost: number;
}

function placeInOrder(requests: readonly LabelRequest[], order: readonly number[], o: Obstacles) {
  const taken: Box[] = [...o.boxes];
  const placed = new Map<number, Placed>();
  let total = 0;
  for (const i of order) {
    const req = requests[i]!;
    const w = textWidth(req.label, req.size, req.bold);
    let best: (Placed & { b: Box }) | undefined;
    for (const [k, raw] of req.candidates.entries()) {
      const { c, b } = pullIn(raw, boxOf(raw, w, req.size), o);
      const moved = MOVE_WEIGHT * Math.hypot(c.x - raw.x, c.y - raw.y);
      const score = cost(b, taken, o) + moved + k * 0.01;
      if (!best || score < best.cost) best = { c, b, cost: score };
      if (score < 1) break;
    }
    if (!best) continue;
    taken.push(best.b);
    placed.set(i, best);
    total += best.cost;
  }
  return { placed, total };
}

/** `<text>` markup for each request, in request order. */
export function placeLabels(requests: readonly LabelRequest[], obstacles: Obstacles): string[] {
  const authored = requests.map((_, i) => i);
  const anchorX = (i: number) => requests[i]!.candidates[0]?.x ?? 0;
  const anchorY = (i: number) => requests[i]!.candidates[0]?.y ?? 0;
  const orders = [
    authored,
    [...authored].reverse(),
    [...authored].sort((a, b) => anchorX(a) - anchorX(b)),
    [...authored].sort((a, b) => anchorY(a) - anchorY(b)),
  ];
  let best: ReturnType<typeof placeInOrder> | undefined;
  for (const order of orders) {
    const attempt = placeInOrder(requests, order, obstacles);
    if (!best || attempt.total < best.total - 1e-9) best = attempt;
  }
  return requests.map((req, i) => {
    const p = best?.placed.get(i);
    return p ? text(Number(r(p.c.x)), Number(r(p.c.y)), req.label, { cls: req.cls, anchor: p.c.anchor, size: req.size, halo: true }) : '';
  });
}

/** Positions around a dot at distance `gap`: right and left first, as labels on maps usually sit, then above, below and diagonally. */
export function aroundDot(x: number, y: number, gap: number, size: number): Candidate[] {
  const mid = y + size * 0.3;
  return [
    { x: x + gap, y: mid, anchor: 'start' },
    { x: x - gap, y: mid, anchor: 'end' },
    { x, y: y - gap - 2, anchor: 'middle' },
    { x, y: y + gap + size * 0.8, anchor: 'middle' },
    { x: x + gap * 0.7, y: y - gap, anchor: 'start' },
    { x: x + gap * 0.7, y: y + gap + size * 0.6, anchor: 'start' },
    { x: x - gap * 0.7, y: y - gap, anchor: 'end' },
    { x: x - gap * 0.7, y: y + gap + size * 0.6, anchor: 'end' },
  ];
}
