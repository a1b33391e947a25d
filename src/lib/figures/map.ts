// Map figures: land clipped to the places shown, named points, and routes as great-circle arcs with arrowheads.
import { geoDistance, geoInterpolate, geoPath } from 'd3-geo';
import type { MapFigure } from '../../schemas/figure.ts';
import { escapeAttr, escapeText } from './escape.ts';
import { formatCoordinate, formatDistance } from './format.ts';
import { htmlTable } from './html-table.ts';
import { aroundDot, placeLabels, type Candidate } from './labels.ts';
import { chooseProjection, clippedPath, fitObject, type LonLat } from './projection.ts';
import { FONT, SMALL, WIDTH, figureIds, r, svgDocument, textWidth } from './svg.ts';
import { world } from './world.ts';

const MARGIN = 24;
const MIN_HEIGHT = 220;
const MAX_HEIGHT = 440;
const DOT = 4;
const SAMPLES = 64;

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

/** Label positions beside the arc near its middle, above it first. */
function alongArc(line: LonLat[], w: number, size: number): Candidate[] {
  const candidates: Candidate[] = [];
  for (const [t, extra] of [[0.5, 0], [0.4, 0], [0.6, 0], [0.3, 0], [0.7, 0], [0.5, 10], [0.2, 0], [0.8, 0]] as const) {
    const i = Math.min(line.length - 2, Math.max(0, Math.round(t * (line.length - 1))));
    const [x0, y0] = line[i]!;
    const [x1, y1] = line[i + 1] ?? line[i]!;
    const len = Math.hypot(x1 - x0, y1 - y0) || 1;
    let [nx, ny] = [-(y1 - y0) / len, (x1 - x0) / len];
    if (ny > 0) [nx, ny] = [-nx, -ny];
    for (const side of [1, -1]) {
      const offset = 5 + extra + Math.abs(nx) * (w / 2) + Math.abs(ny) * (size / 2);
      const cx = x0 + nx * side * offset;
      const cy = y0 + ny * side * offset;
      candidates.push({ x: cx, y: cy + size * 0.35, anchor: 'middle' });
    }
  }
  return candidates;
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

  const routeMarkup = routes.map((route) => {
    const along = geoInterpolate(lonLat(route.from), lonLat(route.to));
    const line = trim(
      Array.from({ length: SAMPLES + 1 }, (_, k) => project(along(k / SAMPLES) as LonLat)).filter((p) => p.every(Number.isFinite)),
      DOT + 2,
      DOT + 2,
    );
    const d = thinLine(line, 2.5).map(([x, y], k) => `${k === 0 ? 'M' : 'L'}${r(x)} ${r(y)}`).join('');
    const name = `${route.from.name} to ${route.to.name}${route.label ? `: ${route.label}` : ''}`;
    return { line, label: route.label, markup: `<path class="fig-route" fill="none" marker-end="url(#${escapeAttr(ids.arrow)})" d="${d}"><title>${escapeText(name)}</title></path>` };
  });

  const labelled = routeMarkup.filter((route) => route.label);
  const labels = placeLabels(
    [
      ...places.map(({ place, xy: [x, y] }) => ({
        label: place.name,
        size: FONT,
        bold: true,
        cls: 'fig-place-label',
        candidates: aroundDot(x, y, DOT + 3, FONT),
      })),
      ...labelled.map((route) => ({
        label: route.label,
        size: SMALL,
        cls: 'fig-route-label',
        candidates: alongArc(route.line, textWidth(route.label, SMALL), SMALL),
      })),
    ],
    {
      width: WIDTH,
      height,
      boxes: places.map(({ xy: [x, y] }) => ({ x0: x - DOT, y0: y - DOT, x1: x + DOT, y1: y + DOT })),
      lines: routeMarkup.map((route) => route.line),
    },
  );
  const placeMarkup = places.map(
    ({ xy: [x, y] }, i) => `<g class="fig-place"><circle class="fig-point" cx="${r(x)}" cy="${r(y)}" r="${DOT}"/>${labels[i]}</g>`,
  );
  const routeLabels = labels.slice(places.length);

  const arrow =
    `<marker id="${escapeAttr(ids.arrow)}" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="9" markerHeight="9"` +
    ` markerUnits="userSpaceOnUse" orient="auto"><path class="fig-arrow" d="M0 0L10 5L0 10z"/></marker>`;
  const body = [
    `<rect class="fig-water" width="${WIDTH}" height="${height}"/>`,
    `<path class="fig-land" d="${coast(land)}"/>`,
    `<path class="fig-borders" fill="none" d="${border(borders)}"/>`,
    `<g class="fig-routes">${routeMarkup.map((route) => route.markup).join('')}</g>`,
    `<g class="fig-places">${placeMarkup.join('')}</g>`,
    routeLabels.length ? `<g class="fig-route-labels">${routeLabels.join('')}</g>` : '',
  ].join('');

  return svgDocument({
    id: figure.id,
    kind: 'map',
    title: figure.title,
    description: figure.description,
    height,
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
