// The marks a map draws and its legend repeats: dots, route arrows with their arrowhead, route numbers, leader lines.
import { escapeAttr, escapeText } from '../../escape.ts';
import type { Box, Placement, XY } from '../labels.ts';
import { FONT, SMALL, r, text, textWidth } from '../svg.ts';
import type { LonLat } from './geometry.ts';
import { thinLine } from './polyline.ts';

/** Radius of a place's dot. */
export const DOT = 4;
const NUMBER_SIZE = SMALL;

export const path = (points: readonly XY[]) => points.map(([x, y], k) => `${k === 0 ? 'M' : 'L'}${r(x)} ${r(y)}`).join('');

/** Radius of the circles around route numbers, one size for all so that the widest number fits. */
export const numberRadius = (count: number) => Math.max(7.5, textWidth(String(count), NUMBER_SIZE, true) / 2 + 3);

/** The circled number that ties a route to its legend row. */
export function routeNumber(n: number, [cx, cy]: LonLat, radius: number, leader?: readonly [XY, XY]): string {
  return (
    `<g class="fig-route-number">${leader ? `<path class="fig-leader" d="${path(leader)}"/>` : ''}` +
    `<circle class="fig-route-number-mark" cx="${r(cx)}" cy="${r(cy)}" r="${r(radius)}"/>` +
    `${text(cx, cy + NUMBER_SIZE * 0.36, String(n), { cls: 'fig-route-number-label', anchor: 'middle', size: NUMBER_SIZE })}</g>`
  );
}

/** A route's line ending in the arrowhead, named for a tooltip. */
export function routePath(line: LonLat[], name: string, arrowId: string): string {
  const d = path(thinLine(line, 2.5));
  return `<path class="fig-route" fill="none" marker-end="url(#${escapeAttr(arrowId)})" d="${d}"><title>${escapeText(name)}</title></path>`;
}

/** The arrowhead every route and legend sample ends in. */
export function arrowMarker(id: string): string {
  return (
    `<marker id="${escapeAttr(id)}" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="9" markerHeight="9"` +
    ` markerUnits="userSpaceOnUse" orient="auto"><path class="fig-arrow" d="M0 0L10 5L0 10z"/></marker>`
  );
}

/** Where the arrowhead drawn at the end of the line sits (the marker's triangle, 9 units long), so labels keep off it. */
export function arrowBox(line: readonly LonLat[]): Box | undefined {
  if (line.length < 2) return undefined;
  const [x1, y1] = line[line.length - 1]!;
  const [x0, y0] = line[line.length - 2]!;
  const len = Math.hypot(x1 - x0, y1 - y0) || 1;
  const [dx, dy] = [(x1 - x0) / len, (y1 - y0) / len];
  const corners: XY[] = [
    [x1 + dx * 1.8, y1 + dy * 1.8],
    [x1 - dx * 7.2 - dy * 4.5, y1 - dy * 7.2 + dx * 4.5],
    [x1 - dx * 7.2 + dy * 4.5, y1 - dy * 7.2 - dx * 4.5],
  ];
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

/** A place: its dot, and its name or key where the layout put it, anchored on the side facing the dot. */
export function placeMark([x, y]: LonLat, { box, leader }: Placement, lines: readonly string[], keyed: boolean): string {
  const anchor = box.x0 >= x ? 'start' : box.x1 <= x ? 'end' : 'middle';
  const tx = anchor === 'start' ? box.x0 : anchor === 'end' ? box.x1 : (box.x0 + box.x1) / 2;
  const cls = keyed ? 'fig-place-label fig-place-key' : 'fig-place-label';
  return (
    `<g class="fig-place"><circle class="fig-point" cx="${r(x)}" cy="${r(y)}" r="${DOT}"/>` +
    (leader ? `<path class="fig-leader" d="${path(leader)}"/>` : '') +
    text(tx, box.y0 + FONT * 0.8, lines, { cls, anchor, halo: true }) +
    '</g>'
  );
}
