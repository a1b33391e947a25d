// What a card is drawn from and into: its input, the element tree satori reads, and its size.
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

/** An element of the tree satori draws (its input; satori's own `SatoriNode` type is the laid-out node). */
export interface SatoriNode {
  type: string;
  props: {
    style?: Record<string, string | number>;
    children?: SatoriChild | SatoriChild[];
    [attribute: string]: unknown;
  };
}
export type SatoriChild = SatoriNode | string;

/** Every text of a tree, in document order: what the fonts must cover. */
export function treeText(node: SatoriChild): string[] {
  if (typeof node === 'string') return [node];
  const children = node.props.children === undefined ? [] : [node.props.children].flat();
  return children.flatMap(treeText);
}
