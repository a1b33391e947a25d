// A map's data as HTML tables: its places with their coordinates, and its routes with their great-circle distances.
import { geoDistance } from 'd3-geo';
import type { MapFigure } from '../../../schemas/figure.ts';
import { escapeText } from '../../escape.ts';
import { formatCoordinate, formatDistance } from '../format.ts';
import { htmlTable } from '../html-table.ts';
import { lonLat, resolveRoutes } from './routes.ts';

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
