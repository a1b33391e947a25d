// Where a map's place names and route numbers go: clear of each other, the dots, the routes and the arrowheads, and keys for places that find no room.
import { overflowBottom, overlaps, placeItems, type Box, type Item, type Placement } from '../labels.ts';
import { WIDTH } from '../svg.ts';
import type { LonLat } from './geometry.ts';
import { labelOptions, numberOptions, placeLabel, type PlaceLabel } from './label-candidates.ts';
import { DOT, arrowBox, numberRadius } from './marks.ts';
import { along } from './polyline.ts';

/** Clear space between labels and the edge of the view. */
const EDGE = 3;

export interface LabelledPlace {
  /** the dot, in view units */
  at: LonLat;
  name: string;
}

export interface LabelledRoute {
  /** in view units, trimmed to the dots' edges */
  line: LonLat[];
  /** trimmed; empty for a route that gets no number */
  label: string;
  /** indices of the places the route runs between */
  ends: readonly [number, number];
}

export interface MapLabels {
  /** in place order; a place with a key shows the key on the map and its name in the legend */
  places: (LabelledPlace & { lines: string[]; placement: Placement; key: string | undefined })[];
  /** one per labelled route, numbered from 1 in route order */
  numbers: { label: string; placement: Placement }[];
  /** of every route number's circle */
  radius: number;
  /** bottom of the map and of any labels set below it for want of room */
  bottom: number;
}

/** Keys for places named in the legend: A to Z, then AA, AB and on. */
export function keyName(n: number): string {
  let key = '';
  for (let k = n + 1; k > 0; k = Math.floor((k - 1) / 26)) key = String.fromCharCode(65 + ((k - 1) % 26)) + key;
  return key;
}

export function layOutLabels(places: readonly LabelledPlace[], routes: readonly LabelledRoute[], height: number): MapLabels {
  // Place names and route numbers share the map; route labels go to the legend.
  const labelled = routes.map((route, k) => ({ route, k })).filter(({ route }) => route.label);
  const radius = numberRadius(labelled.length);
  const dots: Box[] = places.map(({ at: [x, y] }) => ({ x0: x - DOT, y0: y - DOT, x1: x + DOT, y1: y + DOT }));
  const area = { x0: EDGE, y0: EDGE, x1: WIDTH - EDGE, y1: height - EDGE };
  // Labels keep off the arrowheads too; leaders may cross them, at a cost.
  const arrowheads = routes.map((route) => arrowBox(route.line)).filter((b): b is Box => b !== undefined);
  // A leader must leave its dot, and a route number's its route's ends: so it may cross them and dots that overlap them.
  const touching = (mine: readonly number[]) =>
    dots.flatMap((b, k) => (mine.some((m) => m === k || overlaps(b, dots[m]!, 2)) ? [k] : []));
  const numbers: Item[] = labelled.map(({ route, k }) => ({
    anchor: along(route.line, 0.5).at,
    width: 2 * radius,
    height: 2 * radius,
    options: numberOptions(route.line, routes.filter((_, m) => m !== k).map((other) => other.line), radius),
    leaderGap: 0,
    own: touching(route.ends),
    ownLine: k,
  }));
  const layOut = (names: readonly PlaceLabel[]) =>
    placeItems(
      [
        ...places.map(({ at }, i) => ({
          anchor: at,
          width: names[i]!.w,
          height: names[i]!.h,
          options: labelOptions(at, names[i]!.w, names[i]!.h, area),
          leaderGap: DOT + 1.5,
          own: touching([i]),
        })),
        ...numbers,
      ],
      { area, boxes: dots, marks: arrowheads, lines: routes.map((route) => route.line) },
      new Set(numbers.map((_, j) => places.length + j)),
    );
  // A place whose name finds no room on the map is marked with a key, and named in the legend.
  const keys = new Map<number, string>();
  let names = places.map((place) => placeLabel(place.name));
  let placed = layOut(names);
  for (let pass = 0; pass < 3; pass += 1) {
    const crowded = places.flatMap((_, i) => (placed[i]!.overflow && !keys.has(i) ? [i] : []));
    if (!crowded.length) break;
    for (const i of crowded) keys.set(i, '');
    [...keys.keys()].sort((a, b) => a - b).forEach((i, n) => keys.set(i, keyName(n)));
    names = places.map((place, i) => placeLabel(keys.get(i) ?? place.name));
    placed = layOut(names);
  }
  return {
    places: places.map((place, i) => ({ ...place, lines: names[i]!.lines, placement: placed[i]!, key: keys.get(i) })),
    numbers: labelled.map(({ route }, j) => ({ label: route.label, placement: placed[places.length + j]! })),
    radius,
    bottom: overflowBottom(placed, height),
  };
}
