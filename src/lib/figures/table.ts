// Table figures: the authored grid as an accessible HTML table, numbers formatted and right-aligned.
import type { TableFigure } from '../../schemas/figure.ts';
import { escapeText } from '../escape.ts';
import { formatNumber } from './format.ts';
import { htmlTable } from './html-table.ts';

// Authored strings that read as numbers ("12,000", "−3.5%", "$40") align with numbers but keep their wording.
const NUMERIC_TEXT = /^[-+\u2212]?[$€£¥]?\d[\d,.\s\u00a0]*%?$/;

type Cell = TableFigure['rows'][number][number];

function isNumeric(cell: Cell): boolean {
  return typeof cell === 'number' || NUMERIC_TEXT.test(cell.trim());
}

export function drawTable(figure: TableFigure): string {
  const { columns, rows } = figure;
  const numericColumn = columns.map((_, c) => {
    // Verification reports a row without one cell per column as a content problem (verify/figure-data.ts), so every row has cell c.
    const filled = rows.map((row) => row[c]!).filter((cell) => cell !== '');
    return filled.length > 0 && filled.every(isNumeric);
  });
  // "2,024" would misread as a quantity, so a column headed as years keeps them ungrouped.
  const yearColumn = columns.map((label) => /\byears?\b/i.test(label));
  const format = (cell: Cell, c: number) =>
    typeof cell === 'string' ? cell : yearColumn[c] && Number.isInteger(cell) ? String(cell) : formatNumber(cell);
  // The first column names each row unless it holds numbers.
  const rowHeaders = !numericColumn[0];
  return htmlTable(
    columns.map((label, c) => ({ label, numeric: numericColumn[c] })),
    rows.map((row) => row.map((cell, c) => escapeText(format(cell, c)))),
    { className: 'fig-table', rowHeaders },
  );
}
