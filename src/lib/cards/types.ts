// What a card is drawn from and into: its input and its size.
import type { ArticleMeta, SiteSettings } from '../../schemas/index.ts';
import type { ResolvedAnnotation } from '../graph/types.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface CardInput {
  settings: Pick<SiteSettings, 'name'>;
  article: Pick<ArticleMeta, 'title' | 'publisher' | 'language'>;
  annotation: Pick<ResolvedAnnotation, 'annotation' | 'quote'>;
  /** Language of the site's own words (labels, summary); the quote is in the article's. */
  language?: string;
}
