// Map projection fitted to a figure's places and routes, and a path generator that clips, thins and rounds land so the SVG stays small.
import {
  geoBounds,
  geoCircle,
  geoConicEqualArea,
  geoEqualEarth,
  geoPath,
  type GeoPermissibleObjects,
  type GeoProjection,
  type GeoStream,
} from 'd3-geo';

/** Smallest radius in degrees shown around the places, so a single town still gets its surroundings. */
const MIN_RADIUS = 1.5;

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
