// The site graph for the pages: built once per content state from the collections, verified from the files.
import { getCollection } from 'astro:content';
import { contentRoot } from '../../content-root.ts';
import { parseContent, type ContentFile } from '../content/parse-content.ts';
import { readContentFiles } from '../content/read-content.ts';
import { ContentError } from '../errors/problem.ts';
import { normalizeBase } from '../paths.ts';
import { buildSite } from '../site/build-site.ts';
import type { Site } from '../site/types.ts';
import { verifyContent } from '../verify.ts';

let cached: { key: string; site: Promise<Site> } | null = null;

// Astro warns when asked for a collection with no entry; a site may well have no shared sources or no annotations.
async function entriesOf<C extends 'articles' | 'annotations' | 'sources'>(collection: C, present: boolean) {
  return present ? getCollection(collection) : [];
}

async function load(files: ContentFile[], base: string): Promise<Site> {
  const raw = parseContent(files, base);
  const has = (pattern: RegExp) => files.some((f) => pattern.test(f.path));
  const [articles, annotations, sources] = await Promise.all([
    entriesOf('articles', has(/^content\/articles\/[^/]+\.md$/)),
    entriesOf('annotations', has(/^content\/annotations\/[^/]+\.yaml$/)),
    entriesOf('sources', (raw.input.sharedSources?.sources.length ?? 0) > 0),
  ]);
  // The collections read the files with their own parsers: every file the verification read must be among them.
  const missing = [
    ...raw.input.articles.filter((a) => !articles.some((e) => e.id === a.slug)).map((a) => a.file),
    ...raw.input.annotationFiles.filter((f) => !annotations.some((e) => e.id === f.slug)).map((f) => f.file),
    ...((raw.input.sharedSources?.sources.length ?? 0) !== sources.length ? ['content/sources.yaml'] : []),
  ];
  if (missing.length > 0) {
    throw new ContentError(
      missing.map((file) => ({
        file,
        line: 1,
        column: 1,
        message: 'Astro\'s content layer could not load this file, although the verification read it',
        hint: 'the message above from Astro names the cause; YAML that both parsers read alike (no tabs, no merge keys, quoted dates) avoids it.',
      })),
    );
  }
  const built = buildSite({
    settings: raw.input.settings,
    base,
    articles: articles.map((e) => ({ slug: e.id, file: `content/articles/${e.id}.md`, meta: e.data, body: e.body ?? '' })),
    annotationFiles: annotations.map((e) => ({ slug: e.id, file: `content/annotations/${e.id}.yaml`, data: e.data })),
    sharedSources: sources.length > 0 ? { file: 'content/sources.yaml', sources: sources.map((e) => e.data) } : null,
  });
  if (built.site) return built.site;
  // Positions come from the files themselves; the collections do not keep them.
  const verified = verifyContent(files, base);
  throw new ContentError(verified.problems.length > 0 ? verified.problems : built.problems);
}

/** The whole site, joined and anchored; throws the content report when anything is wrong. */
export async function getSite(): Promise<Site> {
  // A build reads the content once; the dev server reads it on every request, to show each edit.
  if (cached && !import.meta.env.DEV) return cached.site;
  const files = readContentFiles(contentRoot());
  const base = normalizeBase(import.meta.env.BASE_URL);
  // The content as it is on disk now: in dev, an edit gives a new key and a new graph.
  const key = JSON.stringify([base, files]);
  if (cached?.key !== key) cached = { key, site: load(files, base) };
  return cached.site;
}
