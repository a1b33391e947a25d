// The sitemap of every canonical page.
import type { APIRoute } from 'astro';
import { getSite } from '../lib/astro/site-data.ts';
import { absolute } from '../lib/astro/urls.ts';
import { renderSitemap, sitemapEntries } from '../lib/feed/sitemap.ts';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const site = getSite();
  const body = renderSitemap(sitemapEntries(site), (path) => absolute(path, siteUrl));
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
