// The contract between the figure library and the pages that place figures.

export interface FigureLinks {
  /** href of the place in the article where annotation `id` is marked, e.g. "/base/articles/slug/#claim-id" */
  claimInArticle(id: string): string;
  /** href of the annotation's permalink page */
  claimPermalink(id: string): string;
}

export interface DrawnFigure {
  /** markup of the graphic: an <svg> for bar/line/timeline/map, an accessible <table> for table */
  graphic: string;
  /** the figure's data as an HTML <table> (for bar, line, timeline, map: points and routes); null for type table */
  dataTable: string | null;
}
