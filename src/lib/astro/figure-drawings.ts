// Figures drawn once per build: a figure shows in its article and on the page of every annotation that lists it.
import { drawFigure, type DrawnFigure } from '../figures/index.ts';
import { paths } from '../paths.ts';
import type { PlacedFigure } from '../graph/types.ts';
import { href } from './urls.ts';

const drawings = new WeakMap<PlacedFigure, DrawnFigure>();

/** The figure's drawing, with its claim links under the site's base path. */
export function drawPlacedFigure(placed: PlacedFigure): DrawnFigure {
  let drawn = drawings.get(placed);
  if (!drawn) {
    drawn = drawFigure(placed.figure, {
      claimInArticle: (id) => href(paths.claimInArticle(placed.article, id)),
      claimPermalink: (id) => href(paths.claim(placed.article, id)),
    });
    drawings.set(placed, drawn);
  }
  return drawn;
}
