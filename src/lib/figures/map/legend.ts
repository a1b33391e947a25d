// The legend under a map: one row per labelled route (its number, a sample of the arrow, its label) and one per place keyed for want of room.
import { escapeAttr } from '../../escape.ts';
import { FONT, LINE, PAD, WIDTH, r, text, wrap } from '../svg.ts';
import type { LonLat } from './geometry.ts';
import { routeNumber } from './marks.ts';

export interface LegendEntries {
  /** labels of the numbered routes, number 1 first */
  routes: readonly string[];
  /** places shown by a key on the map */
  keyed: readonly { key: string; name: string }[];
}

interface LegendRow {
  /** the mark in the left column, drawn centred on the given point: a route number, or a place's key */
  mark: (centre: LonLat) => string;
  /** whether the row shows a sample of the route's arrow */
  arrow: boolean;
  label: string;
}

/** The legend's markup, its text wrapped to the width of the view, and where it ends: `mapBottom` when it has no rows. */
export function drawLegend(entries: LegendEntries, mapBottom: number, radius: number, arrowId: string): { markup: string; bottom: number } {
  const rows: LegendRow[] = [
    ...entries.routes.map((label, j) => ({ mark: (c: LonLat) => routeNumber(j + 1, c, radius), arrow: true, label })),
    ...entries.keyed.map(({ key, name }) => ({
      mark: ([cx, cy]: LonLat) => text(cx, cy + FONT * 0.35, key, { cls: 'fig-place-key', anchor: 'middle' }),
      arrow: false,
      label: name,
    })),
  ];
  const sampleX = PAD + 2 * radius + 6;
  const textX = sampleX + 26 + 8;
  let y = mapBottom + (rows.length ? 8 : 0);
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
