// The figure library's entry point: turns a validated figure into static, script-free markup at build time.
import type { Figure } from '../../schemas/figure.ts';
import { barDataTable, drawBar } from './bar.ts';
import { drawLine, lineDataTable } from './line.ts';
import { drawMap, mapDataTable } from './map/index.ts';
import { drawTable } from './table.ts';
import { drawTimeline, timelineDataTable } from './timeline.ts';
import type { DrawnFigure, FigureLinks } from './types.ts';

export type { DrawnFigure, FigureLinks } from './types.ts';

/** The graphic and its data table. Pure: the same figure and links always give the same bytes. */
export function drawFigure(figure: Figure, links: FigureLinks): DrawnFigure {
  switch (figure.type) {
    case 'bar':
      return { graphic: drawBar(figure), dataTable: barDataTable(figure) };
    case 'line':
      return { graphic: drawLine(figure), dataTable: lineDataTable(figure) };
    case 'timeline':
      return { graphic: drawTimeline(figure, links), dataTable: timelineDataTable(figure, links) };
    case 'map':
      return { graphic: drawMap(figure), dataTable: mapDataTable(figure) };
    case 'table':
      return { graphic: drawTable(figure), dataTable: null };
    default: {
      const unknown: never = figure;
      throw new Error(`unknown figure type: ${JSON.stringify((unknown as { type?: unknown }).type)}`);
    }
  }
}
