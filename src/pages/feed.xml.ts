// The Atom feed: one entry per annotation and one per update of an annotation, newest first.
import type { APIRoute } from 'astro';
import { getSite } from '../lib/astro/site-data.ts';
import { absolute } from '../lib/astro/urls.ts';
import { renderAtom } from '../lib/feed/atom.ts';
import { compareDates } from '../lib/dates.ts';
import { updateEntries } from '../lib/feed/update-entries.ts';
import { paths } from '../lib/paths.ts';
import { annotationLabel } from '../lib/vocabulary.ts';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const site = getSite();
  const entries = site.articles
    .filter((a) => a.review)
    .flatMap((article) =>
      article.annotations.map(({ annotation, quote }) => {
        const url = absolute(paths.claim(article.slug, annotation.id), siteUrl);
        return { id: url, url, title: `${annotationLabel(annotation).label}: “${quote.quote}”`, summary: annotation.summary, updated: article.review!.reviewed };
      }),
    )
    .concat(updateEntries(site, (path) => absolute(path, siteUrl)))
    .sort((a, b) => compareDates(b.updated, a.updated));
  const updated = entries[0]?.updated ?? site.articles[0]?.meta.published ?? '2000-01-01';
  const body = renderAtom({
    title: site.settings.name,
    subtitle: site.settings.description,
    url: absolute(paths.home(), siteUrl),
    selfUrl: absolute(paths.feed(), siteUrl),
    updated,
    entries,
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
