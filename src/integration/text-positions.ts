// After the build: gives every annotation of each Web Annotation collection its TextPositionSelector, counted in the
// article page exactly as it was written (see lib/structured-data/text-position.ts for which text the offsets count).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { paths, withBase } from '../lib/paths.ts';
import type { Site } from '../lib/graph/types.ts';
import { quoteSpans } from '../lib/structured-data/text-position.ts';

interface Selector {
  type: string;
}
interface Collection {
  first: { items: { id: string; target: { selector: Selector[] } }[] };
}

/** Rewrites each collection under `outDir` that was rendered by this build with the positions; returns how many annotations it placed. */
export function addTextPositions(outDir: string, site: Site, address: { site: string; base: string }): number {
  let placed = 0;
  for (const article of site.articles.filter((a) => a.review)) {
    const pageFile = join(outDir, paths.article(article.slug), 'index.html');
    const collectionFile = join(outDir, paths.webAnnotations(article.slug));
    const collection = JSON.parse(readFileSync(collectionFile, 'utf8')) as Collection;
    // The page and its collection share a cache key, so a collection that has its positions was kept from the
    // previous build with its page: counting again would give the same numbers.
    if (collection.first.items.every((item) => item.target.selector.some((s) => s.type === 'TextPositionSelector'))) continue;
    const { spans } = quoteSpans(fromHtml(readFileSync(pageFile, 'utf8')));
    // Items are named by their permalinks, as the collection's builder names them.
    const idOf = new Map(article.annotations.map(({ annotation }) => [new URL(withBase(address.base, paths.claim(article.slug, annotation.id)), address.site).href, annotation.id]));
    for (const item of collection.first.items) {
      const id = idOf.get(item.id);
      const span = id === undefined ? undefined : spans.get(id);
      if (!span) throw new Error(`${pageFile}: no mark of the annotation ${item.id}, so its text position is unknown`);
      item.target.selector = [...item.target.selector.filter((s) => s.type !== 'TextPositionSelector'), { type: 'TextPositionSelector', ...span } as Selector];
      placed += 1;
    }
    writeFileSync(collectionFile, `${JSON.stringify(collection, null, 2)}\n`);
  }
  return placed;
}
