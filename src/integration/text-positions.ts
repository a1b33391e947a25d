// After the build: gives every annotation of each Web Annotation collection its TextPositionSelector, counted in the
// article page exactly as it was written (see lib/structured-data/text-position.ts for which text the offsets count).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { paths, withBase } from '../lib/paths.ts';
import type { Site } from '../lib/graph/types.ts';
import { quoteSpans } from '../lib/structured-data/text-position.ts';
import { CountedSpans } from './counted-spans.ts';

interface Selector {
  type: string;
}
interface Collection {
  first: { items: { id: string; target: { selector: Selector[] } }[] };
}

export interface TextPositionsOptions {
  /** Where the built site is. */
  outDir: string;
  /** Astro's cacheDir, which keeps the spans counted in earlier builds. */
  cacheDir: string;
  /** The project's root, whose counting code the kept spans must have been counted by. */
  projectRoot: string;
  address: { site: string; base: string };
}

/**
 * Rewrites each collection under `outDir` with the positions; returns how many annotations it placed. Every
 * collection is rewritten, since Astro's incremental build restores a collection as it was rendered, without them;
 * only an article page unseen before (a new or changed page, or new counting code) is parsed to count them.
 */
export function addTextPositions(site: Site, options: TextPositionsOptions): number {
  const counted = new CountedSpans(options.cacheDir, options.projectRoot);
  let placed = 0;
  for (const article of site.articles.filter((a) => a.review)) {
    const pageFile = join(options.outDir, paths.article(article.slug), 'index.html');
    const collectionFile = join(options.outDir, paths.webAnnotations(article.slug));
    const collection = JSON.parse(readFileSync(collectionFile, 'utf8')) as Collection;
    const page = readFileSync(pageFile);
    const spans = counted.of(page, () => quoteSpans(fromHtml(page.toString('utf8'))).spans);
    // Items are named by their permalinks, as the collection's builder names them.
    const idOf = new Map(article.annotations.map(({ annotation }) => [new URL(withBase(options.address.base, paths.claim(article.slug, annotation.id)), options.address.site).href, annotation.id]));
    for (const item of collection.first.items) {
      const id = idOf.get(item.id);
      const span = id === undefined ? undefined : spans.get(id);
      if (!span) throw new Error(`${pageFile}: no mark of the annotation ${item.id}, so its text position is unknown`);
      item.target.selector = [...item.target.selector.filter((s) => s.type !== 'TextPositionSelector'), { type: 'TextPositionSelector', ...span } as Selector];
      placed += 1;
    }
    writeFileSync(collectionFile, `${JSON.stringify(collection, null, 2)}\n`);
  }
  counted.save();
  return placed;
}
