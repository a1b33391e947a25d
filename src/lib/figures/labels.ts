// Label placement for maps. Every item (a place name, a route number) takes one of its candidate boxes: in view, off
// the dots and arrowheads, clear of every other item's box and leader line. Items are placed greedily in a few orders,
// searching the whole view when their own candidates are taken; the two cheapest layouts are then improved by moving
// one item at a time, displacing up to two others. What still finds no room goes to rows under the view, with leaders,
// so nothing ever overlaps. All of it is deterministic: fixed orders, stable sorts, no randomness.

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export type XY = readonly [number, number];

export interface Option {
  box: Box;
  /** how much worse than the ideal position this one is, before any interaction with other marks */
  cost: number;
  /** from the anchor to the box, for a box that sits away from what it names */
  leader?: readonly [XY, XY];
}

export interface Item {
  /** what the item names: a dot, or a route's midpoint */
  anchor: XY;
  /** size of the item's box, for the fallback search */
  width: number;
  height: number;
  /** preferred boxes, best first */
  options: readonly Option[];
  /** distance from the anchor at which a leader line starts, so it leaves the dot's edge */
  leaderGap: number;
  /** indices in `Obstacles.boxes` its leader may cross: its own dot, or its route's ends, and dots that overlap them */
  own?: readonly number[];
  /** index in `Obstacles.lines` of the item's own route, which it may sit on at no cost */
  ownLine?: number;
}

export interface Obstacles {
  /** where items must stay */
  area: Box;
  /** areas no item may cover nor any leader cross, such as dots */
  boxes: readonly Box[];
  /** areas no item may cover, which leaders should not cross, such as arrowheads */
  marks?: readonly Box[];
  /** lines an item should not cross, such as routes */
  lines: readonly (readonly XY[])[];
}

export interface Placement {
  box: Box;
  leader?: readonly [XY, XY];
  /** placed in the strip below the area: nowhere in the area was free */
  overflow?: boolean;
}

/** Clear space kept between two items, and between an item and a dot. */
const GAP = 1.5;
// Costs, in units comparable with the options' own: a label over a haloed route stays readable; over another
// route, a route number would be ambiguous; leaders crossing routes clutter, leaders crossing leaders confuse.
const CROSSING_COST = 60;
const NUMBER_CROSSING_COST = 300;
const LEADER_CROSSING_COST = 25;
const LEADER_LEADER_COST = 400;
/** A leader over an arrowhead reads as part of the route. */
const LEADER_MARK_COST = 100;
const SEARCH_COST = 1000;
const OVERFLOW_COST = 100_000;
const SEARCH_STEP = 5;
const MAX_BLOCKERS = 2;
const IMPROVE_ROUNDS = 6;
/** How far down its list of positions an item looks for a better one, and a displaced item for a new one. */
const MOVE_DEPTH = 120;
const EJECT_DEPTH = 400;

export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap;
}

function inside(b: Box, area: Box): boolean {
  return b.x0 >= area.x0 && b.y0 >= area.y0 && b.x1 <= area.x1 && b.y1 <= area.y1;
}

/** Whether the segment from a to b passes through the box grown by `by` on every side (Liang–Barsky clipping). */
export function crosses(box: Box, [x0, y0]: XY, [x1, y1]: XY, by = 0): boolean {
  const bx0 = box.x0 - by;
  const by0 = box.y0 - by;
  const bx1 = box.x1 + by;
  const by1 = box.y1 + by;
  if (Math.max(x0, x1) < bx0 || Math.min(x0, x1) > bx1 || Math.max(y0, y1) < by0 || Math.min(y0, y1) > by1) return false;
  const dx = x1 - x0;
  const dy = y1 - y0;
  let t0 = 0;
  let t1 = 1;
  const clip = (p: number, q: number): boolean => {
    if (p === 0) return q >= 0;
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    return t0 <= t1;
  };
  return clip(-dx, x0 - bx0) && clip(dx, bx1 - x0) && clip(-dy, y0 - by0) && clip(dy, by1 - y0);
}

export function segmentsCross([a, b]: readonly [XY, XY], [c, d]: readonly [XY, XY]): boolean {
  const side = (p: XY, q: XY, s: XY) => Math.sign((q[0] - p[0]) * (s[1] - p[1]) - (q[1] - p[1]) * (s[0] - p[0]));
  return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
}

/** The point of a box nearest to p. */
export function nearestOnBox(b: Box, [x, y]: XY): XY {
  return [Math.min(b.x1, Math.max(b.x0, x)), Math.min(b.y1, Math.max(b.y0, y))];
}

/** A leader from `gap` units off the anchor to `end` units short of the box; none when the box is too close for one. */
export function leaderTo(anchor: XY, b: Box, gap: number, end = 1.5): [XY, XY] | undefined {
  const [px, py] = nearestOnBox(b, anchor);
  const dx = px - anchor[0];
  const dy = py - anchor[1];
  const len = Math.hypot(dx, dy);
  if (len <= gap + end + 3) return undefined;
  return [
    [anchor[0] + (dx / len) * gap, anchor[1] + (dy / len) * gap],
    [px - (dx / len) * end, py - (dy / len) * end],
  ];
}

/** Every position of the item's box on a grid over the area, cheapest nearest its anchor. */
function searchOptions(item: Item, o: Obstacles): Option[] {
  const out: Option[] = [];
  for (let y = o.area.y0; y + item.height <= o.area.y1; y += SEARCH_STEP) {
    for (let x = o.area.x0; x + item.width <= o.area.x1; x += SEARCH_STEP) {
      const box = { x0: x, y0: y, x1: x + item.width, y1: y + item.height };
      const [nx, ny] = nearestOnBox(box, item.anchor);
      out.push({ box, cost: SEARCH_COST + 3 * Math.hypot(nx - item.anchor[0], ny - item.anchor[1]), leader: leaderTo(item.anchor, box, item.leaderGap) });
    }
  }
  return out.sort((a, b) => a.cost - b.cost);
}

/** An option checked against everything fixed: the view, the dots and the routes. */
interface Ready {
  option: Option;
  /** its own cost plus the routes it crosses */
  cost: number;
}

function boundsOf(line: readonly XY[]): Box {
  const xs = line.map((p) => p[0]);
  const ys = line.map((p) => p[1]);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

function lineCrossesBox(line: readonly XY[], bounds: Box, b: Box): boolean {
  if (!overlaps(bounds, b, 0.01)) return false;
  for (let i = 1; i < line.length; i += 1) if (crosses(b, line[i - 1]!, line[i]!)) return true;
  return false;
}

function lineCrossesSegment(line: readonly XY[], bounds: Box, segment: readonly [XY, XY]): boolean {
  if (!crosses(bounds, segment[0], segment[1], 0.01)) return false;
  for (let i = 1; i < line.length; i += 1) if (segmentsCross(segment, [line[i - 1]!, line[i]!])) return true;
  return false;
}

/** The item's options that stay in view and off the dots, with what crossing routes adds to their cost; cheapest first. */
function prepare(item: Item, options: readonly Option[], o: Obstacles, isNumber: boolean): Ready[] {
  const ready: Ready[] = [];
  const others = o.boxes.filter((_, k) => !item.own?.includes(k));
  const bounds = o.lines.map(boundsOf);
  for (const option of options) {
    const { box, leader } = option;
    if (!inside(box, o.area)) continue;
    if (o.boxes.some((b) => overlaps(box, b, 1)) || o.marks?.some((b) => overlaps(box, b, 1))) continue;
    if (leader && others.some((b) => crosses(b, leader[0], leader[1], 0.5))) continue;
    let cost = option.cost;
    if (leader) for (const b of o.marks ?? []) if (crosses(b, leader[0], leader[1])) cost += LEADER_MARK_COST;
    for (const [k, line] of o.lines.entries()) {
      if (k === item.ownLine) continue;
      if (lineCrossesBox(line, bounds[k]!, box)) cost += isNumber ? NUMBER_CROSSING_COST : CROSSING_COST;
      if (leader && lineCrossesSegment(line, bounds[k]!, leader)) cost += LEADER_CROSSING_COST;
    }
    ready.push({ option, cost });
  }
  return ready.sort((a, b) => a.cost - b.cost);
}

/** Whether two placed items would touch: their boxes, or a leader running through the other's box. */
function clash(a: Option, b: Option): boolean {
  if (overlaps(a.box, b.box, GAP)) return true;
  if (a.leader && crosses(b.box, a.leader[0], a.leader[1], 0.5)) return true;
  return !!b.leader && crosses(a.box, b.leader[0], b.leader[1], 0.5);
}

/** Extra cost of two items side by side: leader lines that cross. */
function pairCost(a: Option, b: Option): number {
  return a.leader && b.leader && segmentsCross(a.leader, b.leader) ? LEADER_LEADER_COST : 0;
}

type Layout = (Ready | undefined)[];

/** Cost of putting item i at `at`, next to everything else in the layout; undefined when it would touch something. */
function costAt(i: number, at: Ready, layout: Layout): number | undefined {
  let sum = at.cost;
  for (let j = 0; j < layout.length; j += 1) {
    const other = layout[j];
    if (j === i || !other) continue;
    if (clash(at.option, other.option)) return undefined;
    sum += pairCost(at.option, other.option);
  }
  return sum;
}

/** What the items in `changed` contribute to the layout's cost: their own, and their pairs with every other item. */
function share(changed: readonly number[], layout: Layout): number {
  let sum = 0;
  for (const c of changed) {
    const at = layout[c];
    if (!at) {
      sum += OVERFLOW_COST;
      continue;
    }
    sum += at.cost;
    for (let j = 0; j < layout.length; j += 1) {
      const other = layout[j];
      if (j === c || !other) continue;
      // A pair within `changed` is met twice: count it once.
      if (changed.includes(j) && j < c) continue;
      sum += pairCost(at.option, other.option);
    }
  }
  return sum;
}

function total(layout: Layout): number {
  return share(layout.map((_, i) => i), layout);
}

/** The cheapest free position for item i in the layout, among the first `depth` of its pool. */
function cheapest(i: number, pool: readonly Ready[], layout: Layout, depth = Infinity) {
  let best: { at: Ready; cost: number } | undefined;
  for (let k = 0; k < pool.length && k < depth; k += 1) {
    const at = pool[k]!;
    if (best && at.cost >= best.cost) break;
    const cost = costAt(i, at, layout);
    if (cost !== undefined && (!best || cost < best.cost)) best = { at, cost };
  }
  return best;
}

function greedy(pools: readonly Ready[][], order: readonly number[]): Layout {
  const layout: Layout = pools.map(() => undefined);
  for (const i of order) layout[i] = cheapest(i, pools[i]!, layout)?.at;
  return layout;
}

/**
 * Improves a layout one move at a time: an item to a cheaper free position, or to a position one or two others
 * hold, those moving to their own cheapest free positions; so labels that block each other can make way.
 */
function improve(pools: readonly Ready[][], start: Layout): Layout {
  const layout = [...start];
  for (let round = 0; round < IMPROVE_ROUNDS; round += 1) {
    let moved = false;
    for (const [i, pool] of pools.entries()) {
      // Only positions cheaper for the item itself: a move that mostly helps another is found from its side.
      const limit = layout[i] ? costAt(i, layout[i]!, layout)! : Infinity;
      let best: { gain: number; changes: [number, Ready][] } | undefined;
      for (let k = 0; k < pool.length && k < MOVE_DEPTH; k += 1) {
        const at = pool[k]!;
        if (at.cost >= limit) break;
        if (at === layout[i]) continue;
        const blockers: number[] = [];
        for (let j = 0; j < layout.length && blockers.length <= MAX_BLOCKERS; j += 1) {
          if (j !== i && layout[j] && clash(at.option, layout[j]!.option)) blockers.push(j);
        }
        if (blockers.length > MAX_BLOCKERS) continue;
        const changed = [i, ...blockers];
        const before = share(changed, layout);
        // The displaced items find new places one after another, in either order, as the first to move takes the best.
        for (const sequence of blockers.length === 2 ? [blockers, [...blockers].reverse()] : [blockers]) {
          const next = [...layout];
          next[i] = at;
          for (const j of sequence) next[j] = undefined;
          let ok = true;
          for (const j of sequence) {
            const found = cheapest(j, pools[j]!, next, EJECT_DEPTH);
            if (!found) {
              ok = false;
              break;
            }
            next[j] = found.at;
          }
          if (!ok) continue;
          const gain = before - share(changed, next);
          if (gain > 1e-9 && (!best || gain > best.gain + 1e-9)) best = { gain, changes: changed.map((c) => [c, next[c]!]) };
        }
      }
      if (best) {
        for (const [c, at] of best.changes) layout[c] = at;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return layout;
}

/**
 * Boxes for the items, in item order. `numbers` are the indices of items that mark routes, which may not sit on
 * other routes. Items that fit nowhere in the area are set in rows below it, from `area.y1 + GAP`, with a leader each.
 */
export function placeItems(items: readonly Item[], obstacles: Obstacles, numbers: ReadonlySet<number> = new Set()): Placement[] {
  const pools = items.map((item, i) => prepare(item, item.options, obstacles, numbers.has(i)));
  const all = items.map((_, i) => i);
  const crowding = (i: number) =>
    obstacles.boxes.filter((b) => Math.hypot((b.x0 + b.x1) / 2 - items[i]!.anchor[0], (b.y0 + b.y1) / 2 - items[i]!.anchor[1]) < 40).length;
  const routeFirst = [...all.filter((i) => numbers.has(i)), ...all.filter((i) => !numbers.has(i))];
  const labelFirst = [...all.filter((i) => !numbers.has(i)), ...all.filter((i) => numbers.has(i))];
  const orders = [
    routeFirst,
    labelFirst,
    [...labelFirst].sort((a, b) => crowding(b) - crowding(a) || pools[a]!.length - pools[b]!.length),
    [...all].reverse(),
    [...all].sort((a, b) => items[a]!.anchor[0] - items[b]!.anchor[0]),
    [...all].sort((a, b) => items[a]!.anchor[1] - items[b]!.anchor[1]),
  ];
  const searched = new Set<number>();
  const starts = orders.map((order) => {
    const layout = greedy(pools, order);
    // Items left out search the whole area, nearest their anchor first.
    for (const i of order) {
      if (layout[i]) continue;
      if (!searched.has(i)) {
        searched.add(i);
        pools[i] = [...pools[i]!, ...prepare(items[i]!, searchOptions(items[i]!, obstacles), obstacles, numbers.has(i))].sort((a, b) => a.cost - b.cost);
      }
      layout[i] = cheapest(i, pools[i]!, layout)?.at;
    }
    return { layout, cost: total(layout) };
  });
  // The two best starts are improved; the cheaper result wins, the earlier order on a tie.
  const ranked = starts.map((s, k) => ({ ...s, k })).sort((a, b) => a.cost - b.cost || a.k - b.k).slice(0, 2);
  let best: { layout: Layout; cost: number } | undefined;
  for (const start of ranked) {
    const layout = improve(pools, start.layout);
    const cost = total(layout);
    if (!best || cost < best.cost - 1e-9) best = { layout, cost };
  }
  // The last resort: rows under the area, left to right, each item joined to its anchor.
  let x = obstacles.area.x0;
  let y = obstacles.area.y1 + GAP;
  let rowHeight = 0;
  return items.map((item, i) => {
    const p = best?.layout[i];
    if (p) return { box: p.option.box, leader: p.option.leader };
    if (x > obstacles.area.x0 && x + item.width > obstacles.area.x1) {
      x = obstacles.area.x0;
      y += rowHeight + GAP;
      rowHeight = 0;
    }
    const box = { x0: x, y0: y, x1: x + item.width, y1: y + item.height };
    x += item.width + 3 * GAP;
    rowHeight = Math.max(rowHeight, item.height);
    return { box, leader: leaderTo(item.anchor, box, item.leaderGap), overflow: true };
  });
}

/** Bottom of the last overflow row, or `top` when nothing overflowed. */
export function overflowBottom(placements: readonly Placement[], top: number): number {
  return placements.filter((p) => p.overflow).reduce((bottom, p) => Math.max(bottom, p.box.y1 + GAP), top);
}
