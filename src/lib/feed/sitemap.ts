// The sitemap: every canonical page of the site, with the date it last changed where the content says.
import type { Site } from '../graph/types.ts';
import { paths } from '../paths.ts';
import { escapeAttr } from '../escape.ts';
import { siteUpdates } from '../updates/log.ts';

export interface SitemapEntry {
  /** Site path of the page. */
  path: string;
  lastmod?: string;
}

/** Every page a search engine should know: aliases and the 404 page left out. */
export function sitemapEntries(site: Site): SitemapEntry[] {
  const newest = (dates: (string | undefined)[]) => dates.filter((d): d is string => Boolean(d)).sort().at(-1);
  const updateDates = siteUpdates(site).map((entry) => entry.update.date);
  const siteDate = newest([...site.articles.flatMap((a) => [a.meta.updated ?? a.meta.published, a.review?.reviewed]), ...updateDates]);
  return [
    { path: paths.home(), lastmod: siteDate },
    { path: paths.claims(), lastmod: siteDate },
    { path: paths.verdicts() },
    { path: paths.updates(), lastmod: newest(updateDates) },
    ...site.articles.flatMap((article) => {
      const lastmod = newest([article.meta.updated ?? article.meta.published, article.review?.reviewed]);
      return [
        { path: paths.article(article.slug), lastmod },
        ...article.annotations.map((a) => ({
          path: paths.claim(article.slug, a.annotation.id),
          lastmod: newest([article.review?.reviewed, ...(a.annotation.updates ?? []).map((u) => u.date)]),
        })),
      ];
    }),
    ...site.sources.map((s) => ({ path: paths.source(s.source.id), lastmod: s.source.accessed ?? s.source.published })),
  ];
}

/** The sitemap XML, with absolute addresses made by `absolute`. */
export function renderSitemap(entries: readonly SitemapEntry[], absolute: (path: string) => string): string {
  const urls = entries.map(
    (e) => `  <url><loc>${escapeAttr(absolute(e.path))}</loc>${e.lastmod ? `<lastmod>${escapeAttr(e.lastmod.slice(0, 10))}</lastmod>` : ''}</url>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}
