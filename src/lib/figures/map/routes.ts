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
  // Verification reports a route to an unknown point as a content problem (verify/references.ts), so both ends are found.
  return (figure.routes ?? []).map((route) => ({ from: byId.get(route.from)!, to: byId.get(route.to)!, label: route.label?.trim() ?? '' }));
}
