// robots.txt: everything may be crawled; the sitemap is named with its absolute address.
import type { APIRoute } from 'astro';
import { absolute } from '../lib/astro/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute('/sitemap.xml', site)}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
