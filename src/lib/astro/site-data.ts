// The site graph for the pages: built once per content state from the collections, verified from the files.
import { getCollection } from 'astro:content';
import { contentRoot } from '../../content-root.ts';
import { readContentFiles } from '../content/read-content.ts';
import { parseContent } from '../content/parse-content.ts';
import { ContentError } from '../errors/problem.ts';
import { normalizeBase } from '../paths.ts';
import { buildSite } from '../site/build-site.ts';
import type { ContentInput, Site } from '../site/types.ts';
import { verifyContent } from '../verify.ts';

let cached: { key: string; site: Promise<Site> } | null = null;

async function load(input: Omit<ContentInput, 'settings'>): Promise<Site> {
  const files = readContentFiles(contentRoot());
  // Settings are not a collection: one small file, read with the rest of the raw content.
  const { input: raw } = parseContent(files, input.base);
  const built = buildSite({ ...input, settings: raw.settings });
  if (built.site) return built.site;
  // Positions come from the files themselves; the collections do not keep them.
  const verified = verifyContent(files, input.base);
  throw new ContentError(verified.problems.length > 0 ? verified.problems : built.problems);
}

/** The whole site, joined and anchored; throws the content report when anything is wrong. */
export async function getSite(): Promise<Site> {
  const [articles, annotations, sources] = await Promise.all([
    getCollection('articles'),
    getCollection('annotations'),
    getCollection('sources'),
  ]);
  const base = normalizeBase(import.meta.env.BASE_URL);
  const key = JSON.stringify([base, ...[...articles, ...annotations, ...sources].map((e) => `${e.collection}/${e.id}/${e.digest ?? JSON.stringify(e.data)}`)]);
  if (cached?.key !== key) {
    cached = {
      key,
      site: load({
        base,
        articles: articles.map((e) => ({ slug: e.id, file: `content/articles/${e.id}.md`, meta: e.data, body: e.body ?? '' })),
        annotationFiles: annotations.map((e) => ({ slug: e.id, file: `content/annotations/${e.id}.yaml`, data: e.data })),
        sharedSources: sources.length > 0 ? { file: 'content/sources.yaml', sources: sources.map((e) => e.data) } : null,
      }),
    };
  }
  return cached.site;
}
