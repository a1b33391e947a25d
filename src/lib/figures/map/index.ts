// Map figures: the drawing and the data table behind it.
export { drawMap } from './draw.ts';
export { mapDataTable } from './data-table.ts';
