// What each content file is, from its path: the site settings, the shared sources, an article or an annotation file.
import { CONTENT_DIR } from './read-files.ts';

export type ContentPath =
  | { kind: 'settings' }
  | { kind: 'shared-sources' }
  | { kind: 'article'; slug: string }
  | { kind: 'annotations'; slug: string; extension: 'yaml' | 'yml' }
  | { kind: 'other' };

const ARTICLE = /^content\/articles\/([^/]+)\.md$/;
const ANNOTATIONS = /^content\/annotations\/([^/]+)\.(yaml|yml)$/;

export function classifyPath(path: string): ContentPath {
  if (path === `${CONTENT_DIR}/site.yaml`) return { kind: 'settings' };
  if (path === `${CONTENT_DIR}/sources.yaml`) return { kind: 'shared-sources' };
  const article = ARTICLE.exec(path);
  if (article) return { kind: 'article', slug: article[1]! };
  const annotations = ANNOTATIONS.exec(path);
  if (annotations) return { kind: 'annotations', slug: annotations[1]!, extension: annotations[2] as 'yaml' | 'yml' };
  return { kind: 'other' };
}

export const articleFile = (slug: string) => `${CONTENT_DIR}/articles/${slug}.md`;
export const annotationFile = (slug: string) => `${CONTENT_DIR}/annotations/${slug}.yaml`;
