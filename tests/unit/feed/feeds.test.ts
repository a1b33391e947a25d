// The sitemap and the Atom feed: every page listed, every string escaped.
import { describe, expect, it } from 'vitest';
import { renderAtom } from '../../../src/lib/feed/atom.ts';
import { renderSitemap, sitemapEntries } from '../../../src/lib/feed/sitemap.ts';
import { verifyContent } from '../../../src/lib/verify/index.ts';
import { site } from '../../helpers/files.ts';

describe('the sitemap', () => {
  const { site: graph } = verifyContent(site());

  it('lists the home page, the article, each annotation and each source, with their dates', () => {
    const entries = sitemapEntries(graph!);
    expect(entries.map((e) => e.path)).toEqual([
      '/', '/claims/', '/verdicts/', '/updates/', '/articles/council-vote/',
      '/articles/council-vote/claims/budget/', '/articles/council-vote/claims/mayor-left/',
      '/sources/minutes/',
    ]);
    expect(entries.find((e) => e.path === '/articles/council-vote/')?.lastmod).toBe('2025-03-20');
  });

  it('writes absolute, escaped addresses', () => {
    const xml = renderSitemap([{ path: '/a?b&c/', lastmod: '2025-01-01T10:00:00Z' }], (p) => `https://example.org/base${p}`);
    expect(xml).toContain('<url><loc>https://example.org/base/a?b&amp;c/</loc><lastmod>2025-01-01</lastmod></url>');
  });
});

describe('the Atom feed', () => {
  it('escapes every string of its entries', () => {
    const xml = renderAtom({
      title: 'Site <b>', subtitle: 'S & S', url: 'https://example.org/', selfUrl: 'https://example.org/feed.xml', updated: '2025-01-01',
      entries: [{ id: 'https://example.org/x', url: 'https://example.org/x?a=1&b=2', title: '</title><script>', summary: '"q"', updated: '2025-01-01' }],
    });
    expect(xml).toContain('<title>&lt;/title&gt;&lt;script&gt;</title>');
    expect(xml).toContain('href="https://example.org/x?a=1&amp;b=2"');
    expect(xml).toContain('<updated>2025-01-01T00:00:00Z</updated>');
    expect(xml).not.toContain('<script>');
  });
});
