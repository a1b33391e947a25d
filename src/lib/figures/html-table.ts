// HTML <table> markup shared by the data tables behind the graphics and by table figures.
import { escapeAttr, escapeText } from '../escape.ts';
import { formatDate } from '../dates.ts';

export interface Column {
  /** header text, escaped here */
  label: string;
  /** right-aligned, as numbers are */
  numeric?: boolean;
}

export interface TableOptions {
  className: string;
  /** the first cell of each row names the row, so it is a row header */
  rowHeaders?: boolean;
  caption?: string;
}

/** A table of already-escaped cell markup; one `<tr>` per row. */
export function htmlTable(columns: readonly Column[], rows: readonly (readonly string[])[], options: TableOptions): string {
  const num = (column: Column | undefined) => (column?.numeric ? ' class="fig-num"' : '');
  const head = columns.map((c) => `<th scope="col"${num(c)}>${escapeText(c.label)}</th>`).join('');
  const body = rows
    .map((row) => {
      const cells = row.map((html, i) =>
        i === 0 && options.rowHeaders ? `<th scope="row"${num(columns[i])}>${html}</th>` : `<td${num(columns[i])}>${html}</td>`,
      );
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('');
  const caption = options.caption ? `<caption>${escapeText(options.caption)}</caption>` : '';
  return `<table class="${options.className}">${caption}<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** A date cell: readable text, machine-readable attribute. */
export function timeCell(date: string): string {
  return `<time datetime="${escapeAttr(date)}">${escapeText(formatDate(date, 'short'))}</time>`;
}

export function linkCell(href: string, label: string): string {
  return `<a href="${escapeAttr(href)}">${escapeText(label)}</a>`;
}
