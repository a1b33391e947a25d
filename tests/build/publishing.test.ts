// The full fixture site built for https://example.org/fact-checks/, as it is shared and hosted: links that resolve,
// links into sources, the Web Annotation export, embeds and their oEmbed, the updates log, structured data, _headers,
// the search index.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, IMMUTABLE } from '../../src/lib/hosting/headers.ts';
import { buildSite, removeBuild, type BuildResult } from '../helpers/build.ts';
import { headersFor, readHeadersFile } from '../helpers/headers.ts';
import { attr, readPage, toString } from '../helpers/html.ts';
import { annotationCollection, claimReview, oembedRich } from '../helpers/models.ts';

const ORIGIN = 'https://example.org';
const BASE = '/fact-checks/';
const SITE = `${ORIGIN}${BASE}`;
const BRIDGE = 'articles/harbour-bridge-budget/';

/** Every file of a build, as paths relative to its folder. */
function files(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? files(dir, path) : [path];
  });
}

let build: BuildResult;
const file = (path: string) => readFileSync(join(build.outDir, path), 'utf8');
const json = (path: string) => JSON.parse(file(path));

beforeAll(() => {
  build = buildSite({ content: 'full', base: BASE, site: ORIGIN });
  if (build.code !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
});
afterAll(() => removeBuild(build));

describe('links and assets', () => {
  /** The file an address of the site leads to, or null for an address elsewhere. */
  const target = (url: URL): string | null => {
    if (url.origin !== ORIGIN || !url.pathname.startsWith(BASE)) return null;
    const path = decodeURIComponent(url.pathname.slice(BASE.length));
    return path === '' || path.endsWith('/') ? `${path}index.html` : path;
  };

  it('resolve, from every page, to a file of the build, and every fragment to an element of its page', () => {
    const pages = files(build.outDir).filter((f) => f.endsWith('.html'));
    const idsOf = new Map<string, Set<string>>();
    const ids = (page: string) => {
      if (!idsOf.has(page)) idsOf.set(page, new Set(readPage(build.outDir, page).all('[id]').map((el) => attr(el, 'id')!)));
      return idsOf.get(page)!;
    };
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages) {
      const here = new URL(page.replace(/index\.html$/, ''), SITE);
      const html = readPage(build.outDir, page);
      const addresses = [
        ...html.all('a[href], link[href]').map((el) => attr(el, 'href')!),
        ...html.all('script[src], img[src], iframe[src]').map((el) => attr(el, 'src')!),
        ...html.all('meta[property="og:image"], meta[property="og:url"]').map((el) => attr(el, 'content')!),
      ];
      for (const address of addresses) {
        const url = new URL(address, here);
        const path = target(url);
        if (path === null) continue;
        checked += 1;
        if (!existsSync(join(build.outDir, path)) || statSync(join(build.outDir, path)).isDirectory()) broken.push(`${page}: ${address}`);
        else if (url.hash && path.endsWith('.html') && !ids(path).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${page}: ${address} (no such id)`);
      }
    }
    expect(broken.join('\n')).toBe('');
    expect(checked).toBeGreaterThan(500);
  });

  it('resolve from the stylesheets, the feed and the sitemap too', () => {
    const addresses = [
      ...files(build.outDir)
        .filter((f) => f.endsWith('.css'))
        .flatMap((css) => [...file(css).matchAll(/url\(["']?([^"')]+)["']?\)/g)].map((m) => new URL(m[1]!, new URL(css, SITE)).href)),
      ...[...file('feed.xml').matchAll(/href="([^"]+)"/g), ...file('sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replaceAll('&amp;', '&')),
    ];
    const broken = addresses.filter((address) => {
      const path = target(new URL(address));
      return path !== null && !existsSync(join(build.outDir, path));
    });
    expect(broken).toEqual([]);
  });
});

/** The text and address of each link of an evidence item's links. */
const readLinks = (item: Element | undefined): [string, string][] =>
  (item ? (selectAll('.evidence-links a', item) as Element[]) : []).map((a) => [toString(a), attr(a, 'href')!]);

describe('links into sources', () => {
  it('open the original and the archived copy at the excerpt, with a text fragment', () => {
    const page = readPage(build.outDir, `${BRIDGE}claims/budget-amount/`);
    const links = page.all('.evidence-item').map((item) => readLinks(item));
    expect(links[0]).toEqual([
      ['Original, at the passage', 'https://council.example.org/minutes/2025-03-13#:~:text=A%20budget%20of%20EUR%2012%20million%20is%20approved.'],
      ['Archived copy, at the passage', 'https://archive.example.org/council-minutes#:~:text=A%20budget%20of%20EUR%2012%20million%20is%20approved.'],
    ]);
    expect(attr(page.one('.evidence-item blockquote'), 'cite')).toBe(links[0]![0]![1]);
  });

  it('name the words around a short excerpt, and link an evidence without excerpt to the source as it is', () => {
    const bridge = readPage(build.outDir, `${BRIDGE}claims/bridge-length/`);
    expect(readLinks(bridge.one('.evidence-item')!)[0]).toEqual(['Original, at the passage', 'http://audit.example.org/report.pdf#:~:text=Bridge-,Total%20span%3A%20280%20m.,-Height']);
    const maintenance = readPage(build.outDir, `${BRIDGE}claims/maintenance/`);
    expect(maintenance.all('.evidence-item').map((item) => readLinks(item)[0])).toEqual([
      ['Original', 'https://council.example.org/minutes/2025-03-13'],
      ['Original', 'http://audit.example.org/report.pdf'],
    ]);
  });
});

describe('the Web Annotation export', () => {
  it('follows the W3C model: a collection of annotations, each with a quote and a position selector, verdict and summary as bodies', () => {
    for (const slug of ['harbour-bridge-budget', 'ferry-timetable']) {
      const collection = annotationCollection.parse(json(`articles/${slug}/annotations.jsonld`));
      expect(collection.id).toBe(`${SITE}articles/${slug}/annotations.jsonld`);
      expect(collection.total).toBe(collection.first.items.length);
      for (const item of collection.first.items) {
        expect(item.target.source).toBe(`${SITE}articles/${slug}/`);
        expect(item.id).toMatch(new RegExp(`^${SITE}articles/${slug}/claims/[a-z0-9-]+/$`));
        expect(item.body.map((b) => b.purpose).slice(0, 2)).toEqual(['classifying', item.motivation]);
      }
    }
  });

  it('gives the verdict and the summary as the bodies of a claim, and the date of its latest update', () => {
    const { first } = annotationCollection.parse(json(`${BRIDGE}annotations.jsonld`));
    const largest = first.items.find((item) => item.id.endsWith('/largest-project/'))!;
    expect(largest.body.map((b) => [b.purpose, b.value])).toEqual([
      ['classifying', 'Mostly supported'],
      ['assessing', 'The bridge is the largest project since 2014, eleven years before.'],
    ]);
    expect([largest.created, largest.modified]).toEqual(['2025-03-20T00:00:00Z', '2025-04-08T00:00:00Z']);
  });

  it('counts the text positions in the text of the article page\'s body, where the quote stands', () => {
    const text = bodyText(`${BRIDGE}index.html`);
    const { first } = annotationCollection.parse(json(`${BRIDGE}annotations.jsonld`));
    const largest = first.items.find((item) => item.id.endsWith('/largest-project/'))!;
    const [quote, position] = largest.target.selector;
    expect(text.slice(position.start, position.end)).toBe(quote.exact);
  });

  it('is linked from the article page', () => {
    const page = readPage(build.outDir, BRIDGE);
    expect(attr(page.one('link[rel=alternate][type="application/ld+json"]'), 'href')).toBe(`${BASE}${BRIDGE}annotations.jsonld`);
  });
});

/** The text content of a built page's body. */
function bodyText(path: string): string {
  return toString(readPage(build.outDir, path).one('body')!);
}

describe('embeds', () => {
  const claims = () =>
    ['harbour-bridge-budget', 'ferry-timetable'].flatMap((slug) =>
      (json(`articles/${slug}/annotations.jsonld`) as { first: { items: { id: string }[] } }).first.items.map((item) => item.id.slice(SITE.length)),
    );

  it('give every annotation an embed page: a few kB, no script, the quote, the verdict, the summary, links that open a new tab', () => {
    expect(claims()).toHaveLength(10);
    for (const claim of claims()) {
      const page = readPage(build.outDir, `${claim}embed/`);
      const stylesheets = page.all('link[rel=stylesheet]').map((link) => attr(link, 'href')!);
      const weight = Buffer.byteLength(page.html) + stylesheets.reduce((sum, href) => sum + Buffer.byteLength(file(href.slice(BASE.length))), 0);
      expect(weight, claim).toBeLessThan(8 * 1024);
      expect(page.all('script'), claim).toHaveLength(0);
      expect(page.text('h1'), claim).toBe(page.text('h1 q'));
      expect(page.text('.embed-verdict .badge'), claim).toBeTruthy();
      expect(page.text('.embed-summary'), claim).toBeTruthy();
      expect(attr(page.one('link[rel=canonical]'), 'href')).toBe(`${SITE}${claim}`);
      expect(attr(page.one('meta[name=robots]'), 'content')).toBe('noindex');
      for (const link of page.all('a')) expect([attr(link, 'target'), attr(link, 'rel')], claim).toEqual(['_blank', 'noopener']);
      expect(page.all('a').map((a) => attr(a, 'href'))).toContain(`${BASE}${claim}`);
    }
  });

  it('give every annotation an oEmbed of type rich, named from its permalink page, whose html is an iframe of the embed page', () => {
    for (const claim of claims()) {
      const permalink = readPage(build.outDir, claim);
      const discovery = permalink.one('link[rel=alternate][type="application/json+oembed"]');
      expect(attr(discovery, 'href'), claim).toBe(`${SITE}${claim}oembed.json`);
      expect(attr(discovery, 'title'), claim).toBeTruthy();
      const oembed = oembedRich.parse(json(`${claim}oembed.json`));
      expect(oembed.provider_url).toBe(SITE);
      expect(oembed.thumbnail_url).toBe(`${SITE}cards/${claim.split('/')[1]}/${claim.split('/')[3]}.png`);
      expect([oembed.thumbnail_width, oembed.thumbnail_height]).toEqual([1200, 630]);
      const frame = fromHtml(oembed.html, { fragment: true }).children[0] as Element;
      expect(frame.tagName).toBe('iframe');
      expect(attr(frame, 'src')).toBe(`${SITE}${claim}embed/`);
      expect(attr(frame, 'title')).toBe(`${oembed.title} (${oembed.provider_name})`);
      expect([Number(attr(frame, 'width')), Number(attr(frame, 'height'))]).toEqual([oembed.width, oembed.height]);
      expect(oembed.height).toBeGreaterThanOrEqual(220);
      // The permalink page offers the same code to copy.
      expect(permalink.text('#embed-code-field')).toBe(oembed.html);
    }
  });

  it('do not exist for former addresses, which lead to the current one', () => {
    expect(existsSync(join(build.outDir, `${BRIDGE}claims/bridge-budget/embed/index.html`))).toBe(false);
    expect(readPage(build.outDir, `${BRIDGE}claims/bridge-budget/`).all('link[type="application/json+oembed"]')).toHaveLength(0);
  });
});

/** An element's text as read: white space collapsed, none before a full stop. */
const sentence = (element: Element) => toString(element).replace(/\s+/g, ' ').replace(/ \./g, '.').trim();

describe('updates', () => {
  it('are shown on the annotation\'s page newest first, with the verdict each one replaced', () => {
    const page = readPage(build.outDir, `${BRIDGE}claims/largest-project/`);
    const updates = page.all('.updates-log .update');
    expect(updates.map((u) => attr(u, 'id'))).toEqual(['update-2025-04-08', 'update-2025-03-25']);
    expect(updates.map((u) => toString(selectAll('time', u)[0]!))).toEqual(['8 April 2025', '25 March 2025']);
    expect(selectAll('.update-change', updates[0]!)).toHaveLength(0);
    expect(sentence(selectAll('.update-change', updates[1]!)[0]!)).toBe('Verdict changed from Mixed to Mostly supported.');
    expect(readPage(build.outDir, `${BRIDGE}claims/budget-amount/`).all('.updates-log')).toHaveLength(0);
  });

  it('are all listed on /updates/, newest first, each leading to its place on its annotation\'s page', () => {
    const page = readPage(build.outDir, 'updates/');
    const links = page.all('.update-head a').map((a) => attr(a, 'href'));
    expect(links).toEqual([
      `${BASE}${BRIDGE}claims/largest-project/#update-2025-04-08`,
      `${BASE}articles/ferry-timetable/claims/ferry-frequency/#update-2025-04-06`,
      `${BASE}${BRIDGE}claims/bridge-length/#update-2025-04-02`,
      `${BASE}${BRIDGE}claims/largest-project/#update-2025-03-25`,
    ]);
    expect(page.all('.update-change').map(sentence)).toEqual([
      'Verdict changed from Unverifiable to Supported.',
      'Verdict changed from Misleading to Contradicted.',
      'Verdict changed from Mixed to Mostly supported.',
    ]);
    expect(readPage(build.outDir, 'index.html').all('footer a').map((a) => attr(a, 'href'))).toContain(`${BASE}updates/`);
  });

  it('are explained on the verdict scale page, which the log links to', () => {
    const scale = readPage(build.outDir, 'verdicts/');
    expect(scale.text('#updates')).toBe('When an annotation changes');
    expect(readPage(build.outDir, `${BRIDGE}claims/largest-project/`).all('.updates-log a').map((a) => attr(a, 'href'))).toContain(`${BASE}verdicts/#updates`);
  });

  it('each have an entry in the feed, after the annotation\'s own, newest first', () => {
    const feed = file('feed.xml');
    const entries = [...feed.matchAll(/<entry>[\s\S]*?<id>([^<]+)<\/id>[\s\S]*?<updated>([^<]+)<\/updated>[\s\S]*?<\/entry>/g)].map((m) => [m[1], m[2]]);
    expect(entries.filter(([id]) => id!.includes('#update-'))).toEqual([
      [`${SITE}${BRIDGE}claims/largest-project/#update-2025-04-08`, '2025-04-08T00:00:00Z'],
      [`${SITE}articles/ferry-timetable/claims/ferry-frequency/#update-2025-04-06`, '2025-04-06T00:00:00Z'],
      [`${SITE}${BRIDGE}claims/bridge-length/#update-2025-04-02`, '2025-04-02T16:45:00.000Z'],
      [`${SITE}${BRIDGE}claims/largest-project/#update-2025-03-25`, '2025-03-25T00:00:00Z'],
    ]);
    const updated = entries.map(([, date]) => Date.parse(date!));
    expect(updated).toEqual([...updated].sort((a, b) => b - a));
    expect(entries).toHaveLength(10 + 4);
  });

  it('date the sitemap\'s updates page and the pages of updated claims', () => {
    const sitemap = file('sitemap.xml');
    expect(sitemap).toContain(`<url><loc>${SITE}updates/</loc><lastmod>2025-04-08</lastmod></url>`);
    expect(sitemap).toContain(`<url><loc>${SITE}${BRIDGE}claims/largest-project/</loc><lastmod>2025-04-08</lastmod></url>`);
    expect(sitemap).toContain(`<url><loc>${SITE}${BRIDGE}claims/budget-amount/</loc><lastmod>2025-03-20</lastmod></url>`);
    expect(sitemap).not.toContain('/embed/');
  });
});

describe('ClaimReview', () => {
  it('holds every field its readers use on each claim page, with the latest update as dateModified', () => {
    const reviews = files(build.outDir)
      .filter((f) => f.endsWith('index.html'))
      .flatMap((page) => readPage(build.outDir, page).all('script[type="application/ld+json"]').map((script) => ({ page, review: JSON.parse(toString(script)) })));
    expect(reviews).toHaveLength(6);
    for (const { page, review } of reviews) {
      const parsed = claimReview.parse(review);
      expect(parsed.url, page).toBe(`${SITE}${page.replace(/index\.html$/, '')}`);
      expect(parsed.reviewRating.ratingExplanation, page).toBe(parsed.reviewBody);
    }
    const largest = reviews.find((r) => r.page.includes('/largest-project/'))!.review;
    expect([largest.datePublished, largest.dateModified]).toEqual(['2025-03-20', '2025-04-08']);
    // A reviewer without an address of its own is linked to the site.
    expect(largest.author).toEqual([
      { '@type': 'Organization', name: 'Fixture Desk', url: 'https://desk.example.org/' },
      { '@type': 'Organization', name: 'Second Reviewer', url: SITE },
    ]);
    expect(largest.itemReviewed).toMatchObject({ author: { '@type': 'Person', name: 'The mayor' }, appearance: { url: 'https://gazette.example.org/2025/03/14/bridge' } });
    const ferry = reviews.find((r) => r.page.includes('/ferry-frequency/'))!.review;
    // Without the original's address, the claim appears in the article on this site.
    expect(ferry.itemReviewed.appearance.url).toBe(`${SITE}articles/ferry-timetable/`);
    expect(ferry.dateModified).toBe('2025-04-06');
    const budget = reviews.find((r) => r.page.includes('/budget-amount/'))!.review;
    expect(budget.dateModified).toBe(budget.datePublished);
  });
});

describe('_headers', () => {
  const rules = () => readHeadersFile(build.outDir);
  const addressOf = (path: string) => `${BASE}${path.replace(/index\.html$/, '')}`;

  it('gives every file of the site the Content-Security-Policy, nosniff and the referrer policy, each once', () => {
    for (const path of files(build.outDir)) {
      const headers = headersFor(rules(), addressOf(path));
      expect(headers.get('content-security-policy'), path).toEqual([CONTENT_SECURITY_POLICY]);
      expect(headers.get('x-content-type-options'), path).toEqual(['nosniff']);
      expect(headers.get('referrer-policy'), path).toEqual(['strict-origin-when-cross-origin']);
      // No two rules set one header for the same address, so Netlify and Cloudflare Pages, which merge them
      // differently, send the same headers.
      for (const [name, values] of headers) expect(values, `${path}: ${name}`).toHaveLength(1);
    }
    // A response for an address that leads nowhere has the policy too.
    expect(headersFor(rules(), `${BASE}no/such/page/`).get('content-security-policy')).toEqual([CONTENT_SECURITY_POLICY]);
  });

  it('refuses framing for every page but the embed pages', () => {
    const pages = files(build.outDir).filter((f) => f.endsWith('.html'));
    const embeds = pages.filter((p) => p.endsWith('/embed/index.html'));
    expect(embeds).toHaveLength(10);
    for (const page of pages) expect(headersFor(rules(), addressOf(page)).get('x-frame-options'), page).toEqual(embeds.includes(page) ? undefined : ['DENY']);
  });

  it('lets browsers keep the files named by their hash for a year, and nothing else', () => {
    const hashed = files(build.outDir).filter((f) => f.startsWith('_astro/') || /^pagefind\/(index|fragment|filter)\//.test(f));
    expect(hashed.length).toBeGreaterThan(5);
    for (const path of files(build.outDir)) expect(headersFor(rules(), addressOf(path)).get('cache-control'), path).toEqual(hashed.includes(path) ? [IMMUTABLE] : undefined);
  });

  it('lets other sites fetch the oEmbed and Web Annotation documents, the latter with its media type', () => {
    expect(headersFor(rules(), `${BASE}${BRIDGE}claims/bridge-length/oembed.json`).get('access-control-allow-origin')).toEqual(['*']);
    const collection = headersFor(rules(), `${BASE}${BRIDGE}annotations.jsonld`);
    expect(collection.get('access-control-allow-origin')).toEqual(['*']);
    expect(collection.get('content-type')).toEqual(['application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"']);
  });

  it('names every path under the base path', () => {
    for (const rule of rules()) expect(rule.path.startsWith(BASE), rule.path).toBe(true);
  });
});

describe('the search index', () => {
  it('holds every page whose content is marked for search, and no other', () => {
    const marked = files(build.outDir).filter((f) => f.endsWith('.html') && file(f).includes('data-pagefind-body'));
    expect(marked.some((f) => f.startsWith('sources/'))).toBe(true);
    expect(marked).toContain(`${BRIDGE}index.html`);
    expect(marked).toContain(`${BRIDGE}claims/maintenance/index.html`);
    // Pagefind reads only the pages that src/integration/search-index.ts names: a page marked in a template it does
    // not name would be left out.
    const languages = Object.values(json('pagefind/pagefind-entry.json').languages) as { page_count: number }[];
    expect(languages.reduce((sum, language) => sum + language.page_count, 0)).toBe(marked.length);
  });
});
