// Schema of a figure: bar, line, timeline, map or table, with the data each one draws.
import { z } from 'zod';
import { isoDate, kebabId, nonEmptyString } from './common.ts';

const finite = z.number().refine(Number.isFinite, { error: 'must be a finite number' });

const figureBase = {
  id: kebabId('figure').describe('kebab-case, unique in the article: the figure\'s anchor, #figure-<id>'),
  title: nonEmptyString.describe('the figure\'s title'),
  description: nonEmptyString.describe('the text alternative, what a reader who cannot see the figure needs'),
  caption: z.string().optional().describe('a caption, in inline Markdown'),
  sources: z.array(kebabId('source')).min(1, { error: 'a figure needs at least one source' }).describe('the ids of the sources of its data'),
};

const unit = nonEmptyString.describe('the unit of the values, such as troops, km² or %');

export const barFigureSchema = z
  .strictObject({
    ...figureBase,
    type: z.literal('bar').describe('a bar chart'),
    unit,
    bars: z
      .array(
        z.strictObject({
          label: nonEmptyString.describe('what the bar stands for'),
          value: finite.describe('its value: a plain number'),
          note: z.string().optional().describe('a note on the value'),
        }),
      )
      .min(1, { error: 'a bar figure needs at least one bar' })
      .describe('the bars, in order'),
  })
  .describe('a bar chart');

export const lineFigureSchema = z
  .strictObject({
    ...figureBase,
    type: z.literal('line').describe('a line chart over time'),
    unit,
    series: z
      .array(
        z.strictObject({
          name: nonEmptyString.describe('the series\' name, in the legend'),
          points: z
            .array(z.strictObject({ date: isoDate.describe('the date of the value'), value: finite.describe('the value: a plain number') }))
            .min(1, { error: 'a series needs at least one point' })
            .describe('the values by date'),
        }),
      )
      .min(1, { error: 'a line figure needs at least one series' })
      .describe('the series of the chart'),
  })
  .describe('a line chart');

export const timelineFigureSchema = z
  .strictObject({
    ...figureBase,
    type: z.literal('timeline').describe('a timeline of events'),
    events: z
      .array(
        z.strictObject({
          date: isoDate.describe('when it happened'),
          label: nonEmptyString.describe('what happened'),
          claim: kebabId('annotation').optional().describe('the id of an annotation of this article about it'),
        }),
      )
      .min(1, { error: 'a timeline needs at least one event' })
      .describe('the events'),
  })
  .describe('a timeline');

export const mapFigureSchema = z
  .strictObject({
    ...figureBase,
    type: z.literal('map').describe('a map of places and routes'),
    points: z
      .array(
        z.strictObject({
          id: kebabId('point').describe('the point\'s id, for routes'),
          name: nonEmptyString.describe('the place\'s name'),
          lat: finite.refine((v) => v >= -90 && v <= 90, { error: 'a latitude is between -90 and 90' }).describe('its latitude, -90 (south) to 90 (north)'),
          lon: finite.refine((v) => v >= -180 && v <= 180, { error: 'a longitude is between -180 and 180' }).describe('its longitude, -180 (west) to 180 (east)'),
        }),
      )
      .min(1, { error: 'a map needs at least one point' })
      .describe('the places'),
    routes: z
      .array(
        z.strictObject({
          from: kebabId('point').describe('the id of the point it starts from'),
          to: kebabId('point').describe('the id of the point it leads to'),
          label: z.string().optional().describe('what the route is'),
        }),
      )
      .optional()
      .describe('routes between the points'),
  })
  .describe('a map');

export const tableFigureSchema = z
  .strictObject({
    ...figureBase,
    type: z.literal('table').describe('a table'),
    columns: z.array(nonEmptyString).min(1, { error: 'a table needs at least one column' }).describe('the column headings'),
    rows: z
      .array(z.array(z.union([z.string(), finite])).describe('one cell per column: text or a number'))
      .min(1, { error: 'a table needs at least one row' })
      .describe('the rows'),
  })
  .describe('a table');

export const figureSchema = z
  .discriminatedUnion('type', [barFigureSchema, lineFigureSchema, timelineFigureSchema, mapFigureSchema, tableFigureSchema])
  .describe('a figure drawn at build time: bar, line, timeline, map or table');

export type Figure = z.infer<typeof figureSchema>;
export type BarFigure = z.infer<typeof barFigureSchema>;
export type LineFigure = z.infer<typeof lineFigureSchema>;
export type TimelineFigure = z.infer<typeof timelineFigureSchema>;
export type MapFigure = z.infer<typeof mapFigureSchema>;
export type TableFigure = z.infer<typeof tableFigureSchema>;
