// Figure data that the schema alone cannot judge: a table's rows against its columns.
import type { AnnotationFileInput } from '../content/types.ts';
import type { Problem } from './problem.ts';

/** Every row of a table has one cell per column. */
export function checkFigureData(entry: AnnotationFileInput): Problem[] {
  const { file, data } = entry;
  return (data.figures ?? []).flatMap((figure, i) => {
    if (figure.type !== 'table') return [];
    return figure.rows.flatMap((row, j): Problem[] =>
      row.length === figure.columns.length
        ? []
        : [
            {
              rule: 'table-row-length',
              file,
              path: ['figures', i, 'rows', j],
              message: `figure "${figure.id}", field "rows[${j}]": the row has ${row.length} cells but the table has ${figure.columns.length} columns`,
              hint: 'give every row one cell per column; write "" for an empty cell.',
            },
          ],
    );
  });
}
