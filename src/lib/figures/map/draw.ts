// A map figure as SVG: land, routes as great-circle arcs with arrowheads, dots with their names or keys, route numbers, and the legend.
import type { MapFigure } from '../../../schemas/figure.ts';
import { WIDTH, figureIds, svgDocument } from '../svg.ts';
import { fitView, greatCircle, landPaths } from './geometry.ts';
import { layOutLabels } from './label-layout.ts';
import { drawLegend } from './legend.ts';
import { DOT, arrowMarker, placeMark, routeNumber, routePath } from './marks.ts';
import { trim } from './polyline.ts';
import { lonLat, resolveRoutes } from './routes.ts';

export function drawMap(figure: MapFigure): string {
  const routes = resolveRoutes(figure);
  const view = fitView(
    figure.points.map(lonLat),
    routes.map((route) => [lonLat(route.from), lonLat(route.to)]),
  );
  const ids = figureIds(figure.id);
  const drawn = routes.map((route) => ({
    // Shortened to leave and meet the dots' edges, so the arrowhead stays visible.
    line: trim(greatCircle(view, lonLat(route.from), lonLat(route.to)), DOT + 2, DOT + 2),
    label: route.label,
    ends: [figure.points.indexOf(route.from), figure.points.indexOf(route.to)] as const,
    name: `${route.from.name} to ${route.to.name}${route.label ? `: ${route.label}` : ''}`,
  }));
  const labels = layOutLabels(
    figure.points.map((p) => ({ at: view.project(lonLat(p)), name: p.name })),
    drawn,
    view.height,
  );

  const numbers = labels.numbers.map(({ placement: { box, leader } }, j) =>
    routeNumber(j + 1, [(box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2], labels.radius, leader),
  );
  const legend = drawLegend(
    {
      routes: labels.numbers.map((n) => n.label),
      keyed: labels.places.flatMap(({ key, name }) => (key === undefined ? [] : [{ key, name }])),
    },
    labels.bottom,
    labels.radius,
    ids.arrow,
  );
  const land = landPaths(view);
  const body = [
    `<rect class="fig-water" width="${WIDTH}" height="${view.height}"/>`,
    `<path class="fig-land" d="${land.land}"/>`,
    `<path class="fig-borders" fill="none" d="${land.borders}"/>`,
    `<g class="fig-routes">${drawn.map((route) => routePath(route.line, route.name, ids.arrow)).join('')}</g>`,
    numbers.length ? `<g class="fig-route-numbers">${numbers.join('')}</g>` : '',
    `<g class="fig-places">${labels.places.map((p) => placeMark(p.at, p.placement, p.lines, p.key !== undefined)).join('')}</g>`,
    legend.markup,
  ].join('');

  return svgDocument({
    id: figure.id,
    kind: 'map',
    title: figure.title,
    description: figure.description,
    height: Math.ceil(legend.bottom),
    body,
    defs: routes.length ? arrowMarker(ids.arrow) : undefined,
  });
}
