// Line figures: sparse dated values of several series on a UTC time axis, every point marked, series told apart by marker and dash.
import { scaleLinear, scaleUtc } from 'd3-scale';
import {
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolTriangle,
  symbolWye,
  type SymbolType,
} from 'd3-shape';
import type { LineFigure } from '../../schemas/figure.ts';
import { escapeText } from '../escape.ts';
import { formatDate, isDateOnly, parseDate } from '../dates.ts';
import { formatNumber, formatQuantity } from './format.ts';
import { htmlTable, timeCell } from './html-table.ts';
import { FONT, LINE, PAD, SMALL, SMALL_LINE, WIDTH, r, svgDocument, text, textWidth, wrap } from './svg.ts';
import { tickLabelX, timeTicks } from './time-axis.ts';

const PLOT_HEIGHT = 190;
const DAY = 86_400_000;
const SHAPES: readonly SymbolType[] = [symbolCircle, symbolSquare, symbolTriangle, symbolDiamond, symbolCross, symbolWye];
// The first series is solid; the others differ by dash as well as by marker and colour.
const DASHES: readonly string[] = ['', '6 3', '2 3', '8 3 2 3', '1 3', '10 4'];

interface Point {
  ms: number;
  date: string;
  value: number;
}

function sortedPoints(points: LineFigure['series'][number]['points']): Point[] {
  return points.map((p) => ({ ms: parseDate(p.date), date: p.date, value: p.value })).sort((a, b) => a.ms - b.ms);
}

function style(i: number) {
  const k = i % SHAPES.length;
  const d = symbol(SHAPES[k], 56).digits(1)() ?? '';
  const dash = DASHES[k] ? ` stroke-dasharray="${DASHES[k]}"` : '';
  // Past six series the shapes repeat, so the second round draws them hollow.
  const open = Math.floor(i / SHAPES.length) % 2 === 1;
  const marker = open
    ? `class="fig-marker fig-marker--open" fill="none" stroke="currentColor" d="${d}"`
    : `class="fig-marker" fill="currentColor" d="${d}"`;
  return { cls: `fig-series fig-series-${k + 1}`, marker, dash };
}

function legend(figure: LineFigure, top: number): { markup: string; bottom: number } {
  const sample = 26;
  const maxName = WIDTH - 2 * PAD - sample - 6;
  const items: string[] = [];
  let x = PAD;
  let y = top;
  let rowLines = 1;
  figure.series.forEach((series, i) => {
    const { cls, marker, dash } = style(i);
    const lines = wrap(series.name, maxName, FONT);
    const width = sample + 6 + Math.max(...lines.map((l) => textWidth(l, FONT)));
    if (x > PAD && x + width > WIDTH - PAD) {
      x = PAD;
      y += rowLines * LINE + 4;
      rowLines = 1;
    }
    const mid = y + FONT * 0.65;
    items.push(
      `<g class="${cls}"><path class="fig-line" fill="none" stroke="currentColor"${dash} d="M${r(x)} ${r(mid)}h${sample}"/>` +
        `<path ${marker} transform="translate(${r(x + sample / 2)},${r(mid)})"/>` +
        `${text(x + sample + 6, y + FONT, lines, { cls: 'fig-legend-label' })}</g>`,
    );
    rowLines = Math.max(rowLines, lines.length);
    x += width + 16;
  });
  return { markup: `<g class="fig-legend">${items.join('')}</g>`, bottom: y + rowLines * LINE };
}

export function drawLine(figure: LineFigure): string {
  const series = figure.series.map((s) => ({ name: s.name, points: sortedPoints(s.points) }));
  const all = series.flatMap((s) => s.points);
  const times = all.map((p) => p.ms);
  const values = all.map((p) => p.value);

  const parts: string[] = [];
  const { markup, bottom: legendBottom } = legend(figure, PAD);
  parts.push(markup);

  const unitY = legendBottom + 10 + SMALL;
  const top = unitY + 12;
  const plotBottom = top + PLOT_HEIGHT;

  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const y = scaleLinear()
    .domain([lo, hi === lo ? lo + 1 : hi])
    .range([plotBottom, top])
    .nice(5);
  const yTicks = y.ticks(5);
  const yLabels = yTicks.map(formatNumber);
  const left = PAD + Math.max(...yLabels.map((l) => textWidth(l, SMALL))) + 8;
  const right = WIDTH - PAD;

  let t0 = Math.min(...times);
  let t1 = Math.max(...times);
  if (t0 === t1) [t0, t1] = [t0 - DAY, t1 + DAY];
  // An inset keeps markers on the first and last dates clear of the y axis and the edge.
  const x = scaleUtc().domain([t0, t1]).range([left + 10, right - 10]);

  parts.push(text(PAD, unitY, figure.unit, { cls: 'fig-unit', size: SMALL }));
  const grid = yTicks.map((v) => `M${r(left)} ${r(y(v))}H${r(right)}`).join('');
  parts.push(`<path class="fig-grid" fill="none" d="${grid}"/>`);
  parts.push(
    `<g class="fig-tick-labels">${yTicks
      .map((v, i) => text(left - 6, y(v) + SMALL * 0.35, yLabels[i] ?? '', { anchor: 'end', size: SMALL }))
      .join('')}</g>`,
  );
  // With negative values, zero sits above the time axis and gets a line of its own.
  if (lo < 0) parts.push(`<path class="fig-axis" fill="none" d="M${r(left)} ${r(y(0))}H${r(right)}"/>`);

  const xTicks = timeTicks(x, WIDTH, !figure.series.some((s) => s.points.some((p) => !isDateOnly(p.date))));
  const tickMarks = xTicks.map((t) => `M${r(x(t.ms))} ${r(plotBottom)}v4`).join('');
  parts.push(`<path class="fig-axis" fill="none" d="M${r(left)} ${r(plotBottom)}H${r(right)}${tickMarks}"/>`);
  let axisBottom = plotBottom;
  const xLabels = xTicks.map((t) => {
    const cx = tickLabelX(x, t, WIDTH);
    axisBottom = Math.max(axisBottom, plotBottom + 6 + t.lines.length * SMALL_LINE);
    return text(cx, plotBottom + 6 + SMALL, t.lines, { anchor: 'middle', size: SMALL, lineHeight: SMALL_LINE });
  });
  parts.push(`<g class="fig-tick-labels">${xLabels.join('')}</g>`);

  const plotted = series.map((s, i) => {
    const { cls, marker, dash } = style(i);
    const d = s.points.map((p, j) => `${j === 0 ? 'M' : 'L'}${r(x(p.ms))} ${r(y(p.value))}`).join('');
    const markers = s.points.map(
      (p) =>
        `<path ${marker} transform="translate(${r(x(p.ms))},${r(y(p.value))})">` +
        `<title>${escapeText(`${s.name}, ${formatDate(p.date, 'short')}: ${formatQuantity(p.value, figure.unit)}`)}</title></path>`,
    );
    return `<g class="${cls}"><path class="fig-line" fill="none" stroke="currentColor"${dash} d="${d}"/>${markers.join('')}</g>`;
  });
  parts.push(`<g class="fig-plot">${plotted.join('')}</g>`);

  return svgDocument({
    id: figure.id,
    kind: 'line',
    title: figure.title,
    description: figure.description,
    height: axisBottom + PAD,
    body: parts.join(''),
  });
}

export function lineDataTable(figure: LineFigure): string {
  const rows = figure.series.flatMap((s) =>
    sortedPoints(s.points).map((p) => [timeCell(p.date), escapeText(s.name), escapeText(formatNumber(p.value))]),
  );
  return htmlTable(
    [{ label: 'Date' }, { label: 'Series' }, { label: `Value (${figure.unit})`, numeric: true }],
    rows,
    { className: 'fig-data-table' },
  );
}
