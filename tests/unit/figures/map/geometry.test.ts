// Map geometry: what the projection must show, which projection, the view fitted to it, great-circle arcs, and land clipped and thinned.
import { geoDistance, geoEquirectangular } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { chooseProjection, clippedPath, fitObject, fitView, greatCircle, landPaths, type LonLat } from '../../../../src/lib/figures/map/geometry.ts';
import { world } from '../../../../src/lib/figures/map/world.ts';
import { WIDTH } from '../../../../src/lib/figures/svg.ts';

const WONSAN: LonLat = [127.44, 39.15];
const VLADIVOSTOK: LonLat = [131.89, 43.12];
const KURSK: LonLat = [36.19, 51.73];
const SEOUL: LonLat = [126.98, 37.57];
const AROUND_THE_WORLD: LonLat[] = [[-120, 0], [0, 0], [120, 0]];
const degrees = (radians: number) => (radians * 180) / Math.PI;
const numbers = (d: string) => [...d.matchAll(/-?\d+(\.\d+)?/g)].map((m) => m[0]);

describe('fitObject', () => {
  it('holds the places, the routes, and a ring of 1.5° around their centre', () => {
    const object = fitObject([SEOUL], [[SEOUL, KURSK]]);
    const [points, route] = object.geometries as [GeoJSON.MultiPoint, GeoJSON.LineString];
    expect(points.coordinates[0]).toEqual(SEOUL);
    for (const p of points.coordinates.slice(1)) expect(degrees(geoDistance(p as LonLat, SEOUL))).toBeCloseTo(1.5, 5);
    expect(route.coordinates).toEqual([SEOUL, KURSK]);
  });
});

describe('chooseProjection', () => {
  it('takes an equal-area conic centred on a regional extent', () => {
    const projection = chooseProjection(fitObject([WONSAN, VLADIVOSTOK, KURSK], []));
    expect('parallels' in projection).toBe(true);
    expect(projection.rotate()[0]).toBeCloseTo(-(36.19 + 131.89) / 2, 0);
  });

  it('takes Equal Earth for an extent near half the globe or more', () => {
    const projection = chooseProjection(fitObject(AROUND_THE_WORLD, []));
    expect('parallels' in projection).toBe(false);
  });
});

describe('fitView', () => {
  it('fits every place inside the margins of a view as wide as every figure', () => {
    const places = [WONSAN, VLADIVOSTOK, KURSK];
    const view = fitView(places, [[WONSAN, VLADIVOSTOK]]);
    for (const [x, y] of places.map(view.project)) {
      expect(x).toBeGreaterThanOrEqual(24 - 0.5);
      expect(x).toBeLessThanOrEqual(WIDTH - 24 + 0.5);
      expect(y).toBeGreaterThanOrEqual(24 - 0.5);
      expect(y).toBeLessThanOrEqual(view.height - 24 + 0.5);
    }
    expect(view.project(KURSK)[0]).toBeLessThan(view.project(VLADIVOSTOK)[0]);
  });

  it('keeps the height between 220 and 440 units, whatever the shape of the extent', () => {
    expect(fitView([[0, 0], [120, 0]], []).height).toBe(220);
    expect(fitView([[20, -40], [20, 60]], []).height).toBe(440);
    const middle = fitView([[25, 45], [45, 55]], []).height;
    expect(middle).toBeGreaterThan(220);
    expect(middle).toBeLessThan(440);
    expect(Number.isInteger(middle)).toBe(true);
  });
});

describe('greatCircle', () => {
  it('samples the arc from a to b in view units, bowing towards the pole', () => {
    const view = fitView([VLADIVOSTOK, KURSK], [[VLADIVOSTOK, KURSK]]);
    const arc = greatCircle(view, VLADIVOSTOK, KURSK);
    expect(arc).toHaveLength(65);
    expect(arc[0]).toEqual(view.project(VLADIVOSTOK));
    const [ex, ey] = view.project(KURSK);
    expect(arc[64]![0]).toBeCloseTo(ex, 6);
    expect(arc[64]![1]).toBeCloseTo(ey, 6);
    const chordY = (arc[0]![1] + ey) / 2;
    expect(arc[32]![1]).toBeLessThan(chordY);
  });
});

describe('clippedPath', () => {
  // One unit per degree, north up, the view's origin at 0° E, 0° N.
  const projection = () => geoEquirectangular().scale(180 / Math.PI).translate([0, 0]);

  it('clips to just outside the view and rounds to a tenth of a unit', () => {
    // Clockwise, as d3-geo reads a polygon smaller than a hemisphere.
    const square: GeoJSON.Polygon = { type: 'Polygon', coordinates: [[[-10, 10], [110, 10], [110, -50], [-10, -50], [-10, 10]]] };
    const d = clippedPath(projection(), 100, 40, 0.7)(square);
    const values = numbers(d).map(Number);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(-1);
    expect(Math.max(...values)).toBeLessThanOrEqual(101);
    expect(numbers(d).every((n) => (n.split('.')[1] ?? '').length <= 1)).toBe(true);
  });

  it('drops vertices closer than the tolerance, and rings too small to see', () => {
    const dense: GeoJSON.LineString = { type: 'LineString', coordinates: Array.from({ length: 201 }, (_, k) => [k / 10, -10]) };
    const d = clippedPath(projection(), 100, 40, 1.2)(dense);
    expect(d.startsWith('M0,10')).toBe(true);
    expect(d.endsWith('L20,10')).toBe(true);
    expect(d.split('L').length).toBeLessThanOrEqual(20 / 1.2 + 2);
    const ring = (size: number): GeoJSON.Polygon => ({ type: 'Polygon', coordinates: [[[10, -10], [10 + size, -10], [10 + size, -10 - size], [10, -10 - size], [10, -10]]] });
    expect(clippedPath(projection(), 100, 40, 0.7)(ring(0.5))).toBe('');
    expect(clippedPath(projection(), 100, 40, 0.7)(ring(2))).toBe('M10,10L12,10L12,12L10,12Z');
  });
});

describe('landPaths', () => {
  it('draws a regional map from the 1:50m atlas and a map of half the world from the 1:110m one', () => {
    const regional = fitView([WONSAN, VLADIVOSTOK], []);
    expect(landPaths(regional).land).toBe(clippedPath(regional.projection, WIDTH, regional.height, 0.7)(world('50m').land));
    const global = fitView(AROUND_THE_WORLD, []);
    const drawn = landPaths(global);
    expect(drawn.land).toBe(clippedPath(global.projection, WIDTH, global.height, 0.7)(world('110m').land));
    expect(drawn.borders).toBe(clippedPath(global.projection, WIDTH, global.height, 1.2)(world('110m').borders));
  });
});
