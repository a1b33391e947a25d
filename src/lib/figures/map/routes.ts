// A map's routes with their ends looked up among its points, for the drawing and the data table alike.
import type { MapFigure } from '../../../schemas/figure.ts';
import type { LonLat } from './geometry.ts';

export type Place = MapFigure['points'][number];

export interface Route {
  from: Place;
  to: Place;
  /** trimmed; empty when the route has none */
  label: string;
}

export const lonLat = (p: Place): LonLat => [p.lon, p.lat];

export function resolveRoutes(figure: MapFigure): Route[] {
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
