// Bar figures: one horizontal bar per datum, its label above it and its value at its end, from a zero baseline.
import type { BarFigure } from '../../schemas/figure.ts';
import { escapeText } from '../escape.ts';
import { formatNumber, formatQuantity } from './format.ts';
import { htmlTable } from './html-table.ts';
import { FONT, LINE, PAD, SMALL, SMALL_LINE, WIDTH, r, svgDocument, text, textWidth, wrap } from './svg.ts';

const BAR_HEIGHT = 18;
const VALUE_GAP = 5;
const ROW_GAP = 12;
// Beyond this share of the width, the unit moves out of the value labels into one line above the bars.
const MAX_VALUE_SHARE = 0.36;

export function drawBar(figure: BarFigure): string {
  const values = figure.bars.map((b) => b.value);
  const min = Math.min(0, ...values);
  const max = Math.max(0, ...values);

  let valueLabels = figure.bars.map((b) => formatQuantity(b.value, figure.unit));
  let unitLine: string | null = null;
  if (Math.max(...valueLabels.map((v) => textWidth(v, FONT, true))) > WIDTH * MAX_VALUE_SHARE) {
    valueLabels = figure.bars.map((b) => formatNumber(b.value));
    unitLine = `Values in ${figure.unit}`;
  }
  const room = (negative: boolean) =>
    Math.max(0, ...valueLabels.filter((_, i) => (values[i]! < 0) === negative).map((v) => textWidth(v, FONT, true) + VALUE_GAP));
  const left = PAD + room(true);
  const right = WIDTH - PAD - room(false);
  const span = max - min || 1;
  const x = (v: number) => left + ((v - min) / span) * (right - left);
  const zero = x(0);

  const parts: string[] = [];
  const baseline: string[] = [];
  let y = PAD;
  if (unitLine) {
    parts.push(text(PAD, y + SMALL, unitLine, { cls: 'fig-unit', size: SMALL }));
    y += SMALL_LINE + 6;
  }
  figure.bars.forEach((bar, i) => {
    const item: string[] = [];
    const labelLines = wrap(bar.label, WIDTH - 2 * PAD, FONT);
    item.push(text(PAD, y + FONT, labelLines, { cls: 'fig-label' }));
    y += labelLines.length * LINE + 4;

    const end = x(bar.value);
    const negative = bar.value < 0;
    const barX = Math.min(zero, end);
    item.push(
      `<rect class="fig-bar${negative ? ' fig-bar--negative' : ''}" x="${r(barX)}" y="${r(y)}" width="${r(Math.abs(end - zero))}" height="${BAR_HEIGHT}"/>`,
    );
    item.push(
      text(negative ? end - VALUE_GAP : end + VALUE_GAP, y + BAR_HEIGHT / 2 + FONT * 0.35, valueLabels[i] ?? '', {
        cls: 'fig-value',
        anchor: negative ? 'end' : 'start',
      }),
    );
    baseline.push(`M${r(zero)} ${r(y - 3)}V${r(y + BAR_HEIGHT + 3)}`);
    y += BAR_HEIGHT + 4;

    if (bar.note?.trim()) {
      const noteLines = wrap(bar.note, WIDTH - 2 * PAD, SMALL);
      item.push(text(PAD, y + SMALL, noteLines, { cls: 'fig-note', size: SMALL, lineHeight: SMALL_LINE }));
      y += noteLines.length * SMALL_LINE + 2;
    }
    y += ROW_GAP;
    parts.push(`<g class="fig-bar-item">${item.join('')}</g>`);
  });
  parts.push(`<path class="fig-baseline" fill="none" d="${baseline.join('')}"/>`);

  return svgDocument({
    id: figure.id,
    kind: 'bar',
    title: figure.title,
    description: figure.description,
    height: y - ROW_GAP + PAD,
    body: parts.join(''),
  });
}

export function barDataTable(figure: BarFigure): string {
  const hasNotes = figure.bars.some((b) => b.note?.trim());
  const columns = [{ label: 'Label' }, { label: `Value (${figure.unit})`, numeric: true }];
  if (hasNotes) columns.push({ label: 'Note' });
  const rows = figure.bars.map((b) => {
    const row = [escapeText(b.label), escapeText(formatNumber(b.value))];
    if (hasNotes) row.push(escapeText(b.note ?? ''));
    return row;
  });
  return htmlTable(columns, rows, { className: 'fig-data-table', rowHeaders: true });
}
