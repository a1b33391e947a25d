// Schema of a figure: bar, line, timeline, map or table, with the data each one draws.
import { z } from 'zod';
import { isoDate, kebabId, nonEmptyString } from './common.ts';

const finite = z.number().refine(Number.isFinite, { error: 'must be a finite number' });

const figureBase = {
  id: kebabId('figure'),
  title: nonEmptyString,
  description: nonEmptyString,
  caption: z.string().optional(),
  sources: z.array(kebabId('source')).min(1, { error: 'a figure needs at least one source' }),
};

export const barFigureSchema = z.strictObject({
  ...figureBase,
  type: z.literal('bar'),
  unit: nonEmptyString,
  bars: z
    .array(z.strictObject({ label: nonEmptyString, value: finite, note: z.string().optional() }))
    .min(1, { error: 'a bar figure needs at least one bar' }),
});

export const lineFigureSchema = z.strictObject({
  ...figureBase,
  type: z.literal('line'),
  unit: nonEmptyString,
  series: z
    .array(
      z.strictObject({
        name: nonEmptyString,
        points: z
          .array(z.strictObject({ date: isoDate, value: finite }))
          .min(1, { error: 'a series needs at least one point' }),
      }),
    )
    .min(1, { error: 'a line figure needs at least one series' }),
});

export const timelineFigureSchema = z.strictObject({
  ...figureBase,
  type: z.literal('timeline'),
  events: z
    .array(z.strictObject({ date: isoDate, label: nonEmptyString, claim: kebabId('annotation').optional() }))
    .min(1, { error: 'a timeline needs at least one event' }),
});

export const mapFigureSchema = z.strictObject({
  ...figureBase,
  type: z.literal('map'),
  points: z
    .array(
      z.strictObject({
        id: kebabId('point'),
        name: nonEmptyString,
        lat: finite.refine((v) => v >= -90 && v <= 90, { error: 'a latitude is between -90 and 90' }),
        lon: finite.refine((v) => v >= -180 && v <= 180, { error: 'a longitude is between -180 and 180' }),
      }),
    )
    .min(1, { error: 'a map needs at least one point' }),
  routes: z
    .array(z.strictObject({ from: kebabId('point'), to: kebabId('point'), label: z.string().optional() }))
    .optional(),
});

export const tableFigureSchema = z.strictObject({
  ...figureBase,
  type: z.literal('table'),
  columns: z.array(nonEmptyString).min(1, { error: 'a table needs at least one column' }),
  rows: z
    .array(z.array(z.union([z.string(), finite])))
    .min(1, { error: 'a table needs at least one row' }),
});

export const figureSchema = z.discriminatedUnion('type', [
  barFigureSchema,
  lineFigureSchema,
  timelineFigureSchema,
  mapFigureSchema,
  tableFigureSchema,
]);

export type Figure = z.infer<typeof figureSchema>;
export type BarFigure = z.infer<typeof barFigureSchema>;
export type LineFigure = z.infer<typeof lineFigureSchema>;
export type TimelineFigure = z.infer<typeof timelineFigureSchema>;
export type MapFigure = z.infer<typeof mapFigureSchema>;
export type TableFigure = z.infer<typeof tableFigureSchema>;
