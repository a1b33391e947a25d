// Routes resolved to the points they name: the same place objects for drawing and data table, labels trimmed.
import { describe, expect, it } from 'vitest';
import { lonLat, resolveRoutes } from '../../../../src/lib/figures/map/routes.ts';
import { map } from '../fixtures.ts';

describe('resolveRoutes', () => {
  it('looks up both ends of every route among the figure’s points, in route order', () => {
    const routes = resolveRoutes(map);
    expect(routes.map((r) => [r.from.name, r.to.name])).toEqual([['Wonsan', 'Vladivostok'], ['Vladivostok', 'Kursk']]);
    // The points themselves, so that a route's ends can be found again among them.
    expect(routes.map((r) => [map.points.indexOf(r.from), map.points.indexOf(r.to)])).toEqual([[0, 1], [1, 2]]);
  });

  it('trims labels, and gives a route without one an empty label', () => {
    const routes = resolveRoutes({ ...map, routes: [{ from: 'kursk', to: 'moscow', label: '  by road ' }, { from: 'moscow', to: 'kursk' }] });
    expect(routes.map((r) => r.label)).toEqual(['by road', '']);
  });

  it('gives none for a map without routes', () => {
    expect(resolveRoutes({ ...map, routes: undefined })).toEqual([]);
  });
});

describe('lonLat', () => {
  it('orders a point as d3-geo does: longitude first', () => {
    expect(lonLat(map.points[0]!)).toEqual([127.44, 39.15]);
  });
});
