// The loader of the content collections: one read and one verification of the content folder per sync, shared by
// the three collections, each storing its part; in `astro dev`, an edit verifies again and updates them.
import { fileURLToPath } from 'node:url';
import type { DataEntry } from 'astro/content/config';
import type { Loader, LoaderContext } from 'astro/loaders';
import { CONTENT_DIR } from '../content/read-files.ts';
import { formatReport } from '../verify/problem.ts';
import { verifiedContent, verifyAndPublish, type VerifiedContent } from './verified-content.ts';

export type ContentPart = 'articles' | 'annotations' | 'sources';

// The contexts of the collections of the current sync, so that one verification can update all three stores.
const contexts = new Map<ContentPart, LoaderContext>();

function storeEntries(part: ContentPart, context: LoaderContext, state: VerifiedContent): void {
  const { store, generateDigest } = context;
  const { input } = state;
  const shared = input.sharedSources;
  const entries: DataEntry[] =
    part === 'articles'
      ? input.articles.map((a) => ({ id: a.slug, data: a.meta, body: a.body, filePath: a.file, digest: generateDigest({ meta: a.meta, body: a.body }) }))
      : part === 'annotations'
        ? input.annotationFiles.map((f) => ({ id: f.slug, data: f.data, filePath: f.file, digest: generateDigest(f.data) }))
        : (shared?.sources ?? []).map((s) => ({ id: s.id, data: s, filePath: shared!.file, digest: generateDigest(s) }));
  const ids = new Set(entries.map((e) => e.id));
  for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
  for (const entry of entries) store.set(entry);
}

function report(context: LoaderContext, state: VerifiedContent): void {
  if (state.problems.length > 0) context.logger.error(`\n${formatReport(state.problems)}`);
}

/** The loader of one collection; the three share each verification. */
export function contentLoader(part: ContentPart): Loader {
  return {
    name: 'annotated-news',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      contexts.set(part, context);
      // The first collection of a sync verifies and the others take its result: a build verifies once per process,
      // and in dev the watcher below keeps the result current.
      let state = verifiedContent(root);
      if (!state) {
        state = verifyAndPublish(root);
        if (context.watcher) report(context, state);
      }
      storeEntries(part, context, state);
      if (part !== 'articles' || !context.watcher) return;
      const folder = `${root.replace(/\/$/, '')}/${CONTENT_DIR}/`;
      context.watcher.on('all', (_event, path) => {
        if (!path.startsWith(folder)) return;
        const next = verifyAndPublish(root);
        report(context, next);
        for (const [other, otherContext] of contexts) storeEntries(other, otherContext, next);
      });
      context.watcher.add(folder);
    },
  };
}
