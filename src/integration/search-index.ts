// The search index: Pagefind reads the built pages and writes its index and interface next to them.
import { createIndex } from 'pagefind';

/** Indexes the pages under `dir` (the parts marked data-pagefind-body) into `dir/pagefind/`. */
export async function writeSearchIndex(dir: string): Promise<{ pages: number }> {
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`the search index could not be created: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dir });
  if (added.errors.length > 0) throw new Error(`the search index could not read the site: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: `${dir.replace(/\/$/, '')}/pagefind` });
  if (written.errors.length > 0) throw new Error(`the search index could not be written: ${written.errors.join('; ')}`);
  return { pages: added.page_count };
}
