// Map figures: land clipped to the places shown, named points, and routes as great-circle arcs with arrowheads.
import { geoDistance, geoInterpolate, geoPath } from 'd3-geo';
import type { MapFigure } from '../../schemas/figure.ts';
import { escapeAttr, escapeText } from '../escape.ts';
import { formatCoordinate, formatDistance } from './format.ts';
import { htmlTable } from './html-table.ts';
import { leaderTo, overflowBottom, overlaps, placeItems, segmentsCross, type Box, type Item, type Option, type XY } from './labels.ts';
import { chooseProjection, clippedPath, fitObject, type LonLat } from './projection.ts';
import { FONT, LINE, PAD, SMALL, WIDTH, figureIds, r, svgDocument, text, textWidth, wrap } from './svg.ts';
import { world } from './world.ts';

const MARGIN = 24;
const MIN_HEIGHT = 220;
const MAX_HEIGHT = 440;
const DOT = 4;
const SAMPLES = 64;
/** Widest a place name runs before it wraps. */
const MAX_LABEL = 130;
/** Clear space between labels and the edge of the view. */
const EDGE = 3;
const NUMBER_SIZE = SMALL;
/** Cost of a route number that might be read as another route's. */
const AMBIGUOUS = 250;

type Place = MapFigure['points'][number];

function resolveRoutes(figure: MapFigure) {
  const byId = new Map(figure.points.map((p) => [p.id, p]));
  return (figure.routes ?? []).map((route, i) => {
    const find = (id: string): Place => {
      const place = byId.get(id);
      if (!place) throw new Error(`figure "${figure.id}": route ${i + 1} names point "${id}", which is not among its points`);
      return place;
    };
    return { from: find(route.from), to: find(route.to), label: route.label?.trim() ?? '' };
  });
}

const lonLat = (p: Place): LonLat => [p.lon, p.lat];

/** A polyline shortened by `start` and `end` units, so the arc leaves and meets the dots' edges and the arrowhead stays visible. */
function trim(line: LonLat[], start: number, end: number): LonLat[] {
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
function thinLine(line: LonLat[], step: number): LonLat[] {
  const kept: LonLat[] = [];
  line.forEach((p, i) => {
    const prev = kept[kept.length - 1];
    const far = !prev || Math.hypot(p[0] - prev[0], p[1] - prev[1]) >= step;
    if (i === line.length - 1 && !far && kept.length > 1) kept[kept.length - 1] = p;
    else if (far || i === line.length - 1) kept.push(p);
  });
  return kept;
}

interface Drawn {
  line: LonLat[];
  label: string;
  markup: string;
}

/**
 * A place's label: one line, or several when the name is long; its box runs from 0.8 em above the first baseline
 * (where the text is placed) to 0.25 em below the last.
 */
function placeLabel(name: string) {
  const bold = textWidth('n', FONT, true) / textWidth('n', FONT);
  const lines = textWidth(name, FONT, true) > MAX_LABEL ? wrap(name, MAX_LABEL / bold, FONT) : [name];
  const w = Math.max(...lines.map((line) => textWidth(line, FONT, true)));
  return { lines, w, h: FONT * 1.05 + (lines.length - 1) * LINE };
}

/** The box moved inside the area where it sticks out, and by how much. */
function clamp(b: Box, area: Box): { box: Box; shift: number } {
  const dx = Math.max(area.x0 - b.x0, 0) - Math.max(b.x1 - area.x1, 0);
  const dy = Math.max(area.y0 - b.y0, 0) - Math.max(b.y1 - area.y1, 0);
  return { box: { x0: b.x0 + dx, y0: b.y0 + dy, x1: b.x1 + dx, y1: b.y1 + dy }, shift: Math.hypot(dx, dy) };
}

/**
 * Boxes for a label of size w × h around a dot: beside it, above, below and diagonally first, as labels on maps
 * usually sit; then further out in sixteen directions, to be joined to the dot by a leader line. A box that would
 * stick out of the view is slid back in, which keeps a label above or below a dot near the edge still beside it.
 */
function labelOptions([x, y]: LonLat, w: number, h: number, area: Box): Option[] {
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

/** A point and the direction of travel at a fraction of the polyline's length. */
function along(line: readonly LonLat[], t: number): { at: LonLat; dir: LonLat } {
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
function distance([x, y]: XY, line: readonly XY[]): number {
  let best = Infinity;
  for (let i = 1; i < line.length; i += 1) {
    const [[x0, y0], [x1, y1]] = [line[i - 1]!, line[i]!];
    const len2 = (x1 - x0) ** 2 + (y1 - y0) ** 2;
    const t = len2 ? Math.max(0, Math.min(1, ((x - x0) * (x1 - x0) + (y - y0) * (y1 - y0)) / len2)) : 0;
    best = Math.min(best, Math.hypot(x - x0 - t * (x1 - x0), y - y0 - t * (y1 - y0)));
  }
  return line.length === 1 ? Math.hypot(x - line[0]![0], y - line[0]![1]) : best;
}

/**
 * Circles for a route's number: on the arc near its middle, then beside it, joined by a short tick when further off.
 * A circle nearer another route than its own, or whose tick crosses another route, would point at the wrong one.
 */
function numberOptions(line: readonly LonLat[], others: readonly (readonly LonLat[])[], radius: number): Option[] {
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

/** Where the arrowhead drawn at the end of the line sits (the marker's triangle, 9 units long), so labels keep off it. */
function arrowBox(line: readonly LonLat[]): Box | undefined {
  if (line.length < 2) return undefined;
  const [x1, y1] = line[line.length - 1]!;
  const [x0, y0] = line[line.length - 2]!;
  const len = Math.hypot(x1 - x0, y1 - y0) || 1;
  const [dx, dy] = [(x1 - x0) / len, (y1 - y0) / len];
  const corners: XY[] = [
    [x1 + dx * 1.8, y1 + dy * 1.8],
    [x1 - dx * 7.2 - dy * 4.5, y1 - dy * 7.2 + dx * 4.5],
    [x1 - dx * 7.2 + dy * 4.5, y1 - dy * 7.2 - dx * 4.5],
  ];
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

const path = (points: readonly XY[]) => points.map(([x, y], k) => `${k === 0 ? 'M' : 'L'}${r(x)} ${r(y)}`).join('');

/** The circled number that ties a route to its legend row. */
function routeNumber(n: number, [cx, cy]: LonLat, radius: number, leader?: readonly [XY, XY]): string {
  return (
    `<g class="fig-route-number">${leader ? `<path class="fig-leader" d="${path(leader)}"/>` : ''}` +
    `<circle class="fig-route-number-mark" cx="${r(cx)}" cy="${r(cy)}" r="${r(radius)}"/>` +
    `${text(cx, cy + NUMBER_SIZE * 0.36, String(n), { cls: 'fig-route-number-label', anchor: 'middle', size: NUMBER_SIZE })}</g>`
  );
}

const numberRadius = (count: number) => Math.max(7.5, textWidth(String(count), NUMBER_SIZE, true) / 2 + 3);

interface LegendRow {
  /** the mark in the left column, drawn centred on the given point: a route number, or a place's key */
  mark: (centre: LonLat) => string;
  /** whether the row shows a sample of the route's arrow */
  arrow: boolean;
  label: string;
}

/**
 * The legend under the map: one row per labelled route (its number, a sample of the arrow, its label) and one per
 * place keyed for want of room (its key, its name), the text wrapped to the width of the view.
 */
function legend(rows: readonly LegendRow[], top: number, radius: number, arrowId: string): { markup: string; bottom: number } {
  const sampleX = PAD + 2 * radius + 6;
  const textX = sampleX + 26 + 8;
  let y = top;
  const markup = rows.map((row) => {
    const lines = wrap(row.label, WIDTH - PAD - textX, FONT);
    const centre = y + Math.max(radius, FONT * 0.6);
    const out =
      `<g class="fig-legend-row">${row.mark([PAD + radius, centre])}` +
      (row.arrow ? `<path class="fig-route-key" fill="none" marker-end="url(#${escapeAttr(arrowId)})" d="M${r(sampleX)} ${r(centre)}h26"/>` : '') +
      `${text(textX, centre + FONT * 0.35, lines, { cls: 'fig-legend-label' })}</g>`;
    y = Math.max(centre + radius, centre + FONT * 0.35 + (lines.length - 1) * LINE + FONT * 0.25) + 6;
    return out;
  });
  return { markup: markup.length ? `<g class="fig-legend">${markup.join('')}</g>` : '', bottom: y };
}

/** Keys for places named in the legend: A to Z, then AA, AB and on. */
function keyName(n: number): string {
  let key = '';
  for (let k = n + 1; k > 0; k = Math.floor((k - 1) / 26)) key = String.fromCharCode(65 + ((k - 1) % 26)) + key;
  return key;
}

export function drawMap(figure: MapFigure): string {
  const routes = resolveRoutes(figure);
  const object = fitObject(
    figure.points.map(lonLat),
    routes.map((route) => [lonLat(route.from), lonLat(route.to)]),
  );
  const projection = chooseProjection(object);
  projection.fitWidth(WIDTH - 2 * MARGIN, object);
  const [[, top], [, bottom]] = geoPath(projection).bounds(object);
  const height = Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, bottom - top + 2 * MARGIN)));
  projection.fitExtent([[MARGIN, MARGIN], [WIDTH - MARGIN, height - MARGIN]], object);

  const project = (p: LonLat): LonLat => (projection(p) as LonLat | null) ?? [NaN, NaN];
  // Units per degree of arc at the map's scale; below two, 1:110m outlines look the same as 1:50m at a fraction of the bytes.
  const unitsPerDegree = (projection.scale() * Math.PI) / 180;
  const { land, borders } = world(unitsPerDegree < 2 ? '110m' : '50m');
  // Coasts at 0.7 units look smooth at the widest display; the faint borders tolerate coarser steps.
  const coast = clippedPath(projection, WIDTH, height, 0.7);
  const border = clippedPath(projection, WIDTH, height, 1.2);
  const ids = figureIds(figure.id);
  const places = figure.points.map((p) => ({ place: p, xy: project(lonLat(p)) }));

  const drawn: Drawn[] = routes.map((route) => {
    const arc = geoInterpolate(lonLat(route.from), lonLat(route.to));
    const line = trim(
      Array.from({ length: SAMPLES + 1 }, (_, k) => project(arc(k / SAMPLES) as LonLat)).filter((p) => p.every(Number.isFinite)),
      DOT + 2,
      DOT + 2,
    );
    const name = `${route.from.name} to ${route.to.name}${route.label ? `: ${route.label}` : ''}`;
    const d = path(thinLine(line, 2.5));
    return { line, label: route.label, markup: `<path class="fig-route" fill="none" marker-end="url(#${escapeAttr(ids.arrow)})" d="${d}"><title>${escapeText(name)}</title></path>` };
  });

  // Place names and route numbers share the map; route labels go to the legend.
  const labelled = drawn.map((route, k) => ({ route, k })).filter(({ route }) => route.label);
  const radius = numberRadius(labelled.length);
  const dots: Box[] = places.map(({ xy: [x, y] }) => ({ x0: x - DOT, y0: y - DOT, x1: x + DOT, y1: y + DOT }));
  const area = { x0: EDGE, y0: EDGE, x1: WIDTH - EDGE, y1: height - EDGE };
  // Labels keep off the arrowheads too; leaders may cross them, at a cost.
  const arrowheads = drawn.map((route) => arrowBox(route.line)).filter((b): b is Box => b !== undefined);
  // A leader must leave its dot, and a route number's its route's ends: so it may cross them and dots that overlap them.
  const touching = (mine: readonly number[]) =>
    dots.flatMap((b, k) => (mine.some((m) => m === k || overlaps(b, dots[m]!, 2)) ? [k] : []));
  const ends = routes.map((route) => [figure.points.indexOf(route.from), figure.points.indexOf(route.to)]);
  const numbers: Item[] = labelled.map(({ route, k }) => ({
    anchor: along(route.line, 0.5).at,
    width: 2 * radius,
    height: 2 * radius,
    options: numberOptions(route.line, drawn.filter((_, m) => m !== k).map((other) => other.line), radius),
    leaderGap: 0,
    own: touching(ends[k]!),
    ownLine: k,
  }));
  const layOut = (names: readonly ReturnType<typeof placeLabel>[]) =>
    placeItems(
      [
        ...places.map(({ xy }, i) => ({
          anchor: xy,
          width: names[i]!.w,
          height: names[i]!.h,
          options: labelOptions(xy, names[i]!.w, names[i]!.h, area),
          leaderGap: DOT + 1.5,
          own: touching([i]),
        })),
        ...numbers,
      ],
      { area, boxes: dots, marks: arrowheads, lines: drawn.map((route) => route.line) },
      new Set(numbers.map((_, j) => places.length + j)),
    );
  // A place whose name finds no room on the map is marked with a key, and named in the legend.
  const keys = new Map<number, string>();
  let names = places.map(({ place }) => placeLabel(place.name));
  let placed = layOut(names);
  for (let pass = 0; pass < 3; pass += 1) {
    const crowded = places.flatMap((_, i) => (placed[i]!.overflow && !keys.has(i) ? [i] : []));
    if (!crowded.length) break;
    for (const i of crowded) keys.set(i, '');
    [...keys.keys()].sort((a, b) => a - b).forEach((i, n) => keys.set(i, keyName(n)));
    names = places.map(({ place }, i) => placeLabel(keys.get(i) ?? place.name));
    placed = layOut(names);
  }

  const placeMarkup = places.map(({ xy: [x, y] }, i) => {
    const { box, leader } = placed[i]!;
    const anchor = box.x0 >= x ? 'start' : box.x1 <= x ? 'end' : 'middle';
    const tx = anchor === 'start' ? box.x0 : anchor === 'end' ? box.x1 : (box.x0 + box.x1) / 2;
    const cls = keys.has(i) ? 'fig-place-label fig-place-key' : 'fig-place-label';
    return (
      `<g class="fig-place"><circle class="fig-point" cx="${r(x)}" cy="${r(y)}" r="${DOT}"/>` +
      (leader ? `<path class="fig-leader" d="${path(leader)}"/>` : '') +
      text(tx, box.y0 + FONT * 0.8, names[i]!.lines, { cls, anchor, halo: true }) +
      '</g>'
    );
  });
  const numberMarkup = labelled.map((_, j) => {
    const { box, leader } = placed[places.length + j]!;
    return routeNumber(j + 1, [(box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2], radius, leader);
  });
  const mapBottom = overflowBottom(placed, height);
  const rows: LegendRow[] = [
    ...labelled.map(({ route }, j) => ({ mark: (c: LonLat) => routeNumber(j + 1, c, radius), arrow: true, label: route.label })),
    ...[...keys].sort((a, b) => a[0] - b[0]).map(([i, k]) => ({
      mark: ([cx, cy]: LonLat) => text(cx, cy + FONT * 0.35, k, { cls: 'fig-place-key', anchor: 'middle' }),
      arrow: false,
      label: places[i]!.place.name,
    })),
  ];
  const key = legend(rows, mapBottom + (rows.length ? 8 : 0), radius, ids.arrow);

  const arrow =
    `<marker id="${escapeAttr(ids.arrow)}" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="9" markerHeight="9"` +
    ` markerUnits="userSpaceOnUse" orient="auto"><path class="fig-arrow" d="M0 0L10 5L0 10z"/></marker>`;
  const body = [
    `<rect class="fig-water" width="${WIDTH}" height="${height}"/>`,
    `<path class="fig-land" d="${coast(land)}"/>`,
    `<path class="fig-borders" fill="none" d="${border(borders)}"/>`,
    `<g class="fig-routes">${drawn.map((route) => route.markup).join('')}</g>`,
    numberMarkup.length ? `<g class="fig-route-numbers">${numberMarkup.join('')}</g>` : '',
    `<g class="fig-places">${placeMarkup.join('')}</g>`,
    key.markup,
  ].join('');

  return svgDocument({
    id: figure.id,
    kind: 'map',
    title: figure.title,
    description: figure.description,
    height: Math.ceil(rows.length ? key.bottom : mapBottom),
    body,
    defs: routes.length ? arrow : undefined,
  });
}

export function mapDataTable(figure: MapFigure): string {
  const places = htmlTable(
    [{ label: 'Place' }, { label: 'Latitude', numeric: true }, { label: 'Longitude', numeric: true }],
    figure.points.map((p) => [
      escapeText(p.name),
      escapeText(formatCoordinate(p.lat, 'lat')),
      escapeText(formatCoordinate(p.lon, 'lon')),
    ]),
    { className: 'fig-data-table', rowHeaders: true, caption: figure.routes?.length ? 'Places' : undefined },
  );
  const routes = resolveRoutes(figure);
  if (!routes.length) return places;
  const routeTable = htmlTable(
    [{ label: 'From' }, { label: 'To' }, { label: 'Route' }, { label: 'Distance (great circle)', numeric: true }],
    routes.map((route) => [
      escapeText(route.from.name),
      escapeText(route.to.name),
      escapeText(route.label),
      escapeText(formatDistance(geoDistance(lonLat(route.from), lonLat(route.to)))),
    ]),
    { className: 'fig-data-table', caption: 'Routes' },
  );
  return places + routeTable;
}
