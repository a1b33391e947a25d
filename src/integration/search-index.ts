// The search index: Pagefind reads the built pages whose content is marked data-pagefind-body and writes its index
// and interface next to them.
import { rmSync } from 'node:fs';
import { createIndex } from 'pagefind';
import { paths } from '../lib/paths.ts';

/**
 * The pages whose templates mark their content data-pagefind-body: the article, annotation and source pages, as a
 * glob under the output folder (`*` stops at a slash, so an annotation's embed page is not one of them). Pagefind
 * would leave every other page out of the index too, but only after reading and parsing it; naming the marked pages
 * spares it that, for the same index (tests/build/publishing.test.ts compares the glob with the marks).
 */
const MARKED_PAGES = `{${[paths.article('*'), paths.claim('*', '*'), paths.source('*')].map((path) => `${path.slice(1)}index.html`).join(',')}}`;

/** The search index's folder at the root of the output, written anew by every build. */
export const SEARCH_INDEX_DIR = 'pagefind';

/** Indexes the marked pages under `dir` into `dir/pagefind/`; returns how many it indexed. */
export async function writeSearchIndex(dir: string): Promise<{ pages: number }> {
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`the search index could not be created: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dir, glob: MARKED_PAGES });
  if (added.errors.length > 0) throw new Error(`the search index could not read the site: ${added.errors.join('; ')}`);
  // Written whole each time: the files of an earlier index, named by their contents, would stay beside it.
  const outputPath = `${dir.replace(/\/$/, '')}/${SEARCH_INDEX_DIR}`;
  rmSync(outputPath, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`the search index could not be written: ${written.errors.join('; ')}`);
  return { pages: added.page_count };
}
