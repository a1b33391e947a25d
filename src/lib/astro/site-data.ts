// The site graph for the pages: the verification the content loader made, or the problems it found.
import { contentRoot } from '../../content-root.ts';
import type { Site } from '../graph/types.ts';
import { ContentError } from '../verify/problem.ts';
import { verifiedContent, verifyAndPublish } from './verified-content.ts';

/** The whole site, joined and anchored; throws the content report when anything is wrong. */
export function getSite(): Site {
  const root = contentRoot();
  // The loader has verified the content before any page renders; the fallback serves pages rendered without it.
  const state = verifiedContent(root) ?? verifyAndPublish(root);
  if (!state.site) throw new ContentError(state.problems);
  return state.site;
}
