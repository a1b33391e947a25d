// Map geometry: the projection fitted to a figure's places and routes, great-circle arcs, and land clipped, thinned and rounded so the SVG stays small.
import {
  geoBounds,
  geoCircle,
  geoConicEqualArea,
  geoEqualEarth,
  geoInterpolate,
  geoPath,
  type GeoPermissibleObjects,
  type GeoProjection,
  type GeoStream,
} from 'd3-geo';
import { WIDTH } from '../svg.ts';
import { world } from './world.ts';

/** Smallest radius in degrees shown around the places, so a single town still gets its surroundings. */
const MIN_RADIUS = 1.5;
const MARGIN = 24;
const MIN_HEIGHT = 220;
const MAX_HEIGHT = 440;
const SAMPLES = 64;

export type LonLat = [number, number];

/** What the projection must show: the places, the great-circle routes, and a minimum neighbourhood. */
export function fitObject(places: readonly LonLat[], routes: readonly [LonLat, LonLat][]): GeoJSON.GeometryCollection {
  const [[w, s], [e, n]] = geoBounds({ type: 'MultiPoint', coordinates: places.map((p) => [...p]) });
  const centre: LonLat = [w + (((e - w + 360) % 360) / 2), (s + n) / 2];
  const ring = geoCircle().center(centre).radius(MIN_RADIUS).precision(30)().coordinates[0] ?? [];
  return {
    type: 'GeometryCollection',
    geometries: [
      { type: 'MultiPoint', coordinates: [...places.map((p) => [...p]), ...ring] },
      ...routes.map(([a, b]) => ({ type: 'LineString' as const, coordinates: [[...a], [...b]] })),
    ],
  };
}

/**
 * An equal-area conic centred on the object, its standard parallels at one and five sixths of its latitudes,
 * which keeps continental extents such as Korea to western Russia familiar; Equal Earth when the extent is near global.
 */
export function chooseProjection(object: GeoJSON.GeometryCollection): GeoProjection {
  const [[w, s], [e, n]] = geoBounds(object);
  const lonSpan = (e - w + 360) % 360;
  const centreLon = w + lonSpan / 2;
  const latSpan = n - s;
  if (lonSpan > 150 || latSpan > 100) return geoEqualEarth().rotate([-centreLon, 0]);
  return geoConicEqualArea()
    .rotate([-centreLon, 0])
    .parallels([s + latSpan / 6, n - latSpan / 6]);
}

/** Shoelace area of a projected ring, in square units. */
function ringArea(ring: readonly LonLat[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [x0, y0] = ring[j]!;
    const [x1, y1] = ring[i]!;
    sum += x0 * y1 - x1 * y0;
  }
  return Math.abs(sum / 2);
}

/**
 * A post-projection stream step: drops vertices closer than `tolerance` to the one kept before,
 * and rings too small to see, so a continent's coastline costs a few kilobytes instead of hundreds.
 */
function thin(tolerance: number, minArea: number) {
  const tol2 = tolerance * tolerance;
  return (out: GeoStream): GeoStream => {
    let polygon = false;
    let line: LonLat[] | null = null;
    let last: LonLat | null = null;
    return {
      point(x, y) {
        if (!line) return out.point(x, y);
        last = [x, y];
        const prev = line[line.length - 1];
        if (!prev || (x - prev[0]) ** 2 + (y - prev[1]) ** 2 >= tol2) line.push([x, y]);
      },
      lineStart() {
        line = [];
        last = null;
      },
      lineEnd() {
        const points = line ?? [];
        line = null;
        if (polygon) {
          if (points.length < 3 || ringArea(points) < minArea) return;
        } else {
          const end = points[points.length - 1];
          if (last && end && (end[0] !== last[0] || end[1] !== last[1])) points.push(last);
          if (points.length < 2) return;
        }
        out.lineStart();
        for (const [x, y] of points) out.point(x, y);
        out.lineEnd();
      },
      polygonStart() {
        polygon = true;
        out.polygonStart();
      },
      polygonEnd() {
        polygon = false;
        out.polygonEnd();
      },
      sphere() {
        out.sphere?.();
      },
    };
  };
}

/**
 * `d` attribute of an object projected, clipped to the view [0, width] × [0, height], thinned to vertices
 * `tolerance` units apart and rounded to 0.1 unit.
 */
export function clippedPath(projection: GeoProjection, width: number, height: number, tolerance: number) {
  const clipped = projection.clipExtent([[-1, -1], [width + 1, height + 1]]);
  const thinner = thin(tolerance, 0.8);
  const path = geoPath({ stream: (s: GeoStream) => clipped.stream(thinner(s)) }).digits(1);
  return (object: GeoPermissibleObjects): string => path(object) ?? '';
}

/** A projection fitted to the view, and the view's height. */
export interface View {
  projection: GeoProjection;
  height: number;
  /** a point in view units; NaN for one the projection cannot show */
  project(p: LonLat): LonLat;
}

/**
 * The projection scaled to the view's width; the height follows the extent, within bounds, so a map of a narrow
 * strip is not mostly water and a tall one does not push the text off the screen.
 */
export function fitView(places: readonly LonLat[], routes: readonly [LonLat, LonLat][]): View {
  const object = fitObject(places, routes);
  const projection = chooseProjection(object);
  projection.fitWidth(WIDTH - 2 * MARGIN, object);
  const [[, top], [, bottom]] = geoPath(projection).bounds(object);
  const height = Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, bottom - top + 2 * MARGIN)));
  projection.fitExtent([[MARGIN, MARGIN], [WIDTH - MARGIN, height - MARGIN]], object);
  return { projection, height, project: (p) => (projection(p) as LonLat | null) ?? [NaN, NaN] };
}

/** The great circle from a to b in view units, without the points the projection cannot show. */
export function greatCircle(view: View, a: LonLat, b: LonLat): LonLat[] {
  const arc = geoInterpolate(a, b);
  return Array.from({ length: SAMPLES + 1 }, (_, k) => view.project(arc(k / SAMPLES) as LonLat)).filter((p) => p.every(Number.isFinite));
}

/** `d` attributes of the land and of the borders between countries, clipped to the view. */
export function landPaths(view: View): { land: string; borders: string } {
  // Units per degree of arc at the map's scale; below two, 1:110m outlines look the same as 1:50m at a fraction of the bytes.
  const unitsPerDegree = (view.projection.scale() * Math.PI) / 180;
  const { land, borders } = world(unitsPerDegree < 2 ? '110m' : '50m');
  // Coasts at 0.7 units look smooth at the widest display; the faint borders tolerate coarser steps.
  const coast = clippedPath(view.projection, WIDTH, view.height, 0.7);
  const border = clippedPath(view.projection, WIDTH, view.height, 1.2);
  return { land: coast(land), borders: border(borders) };
}
