// Every string an editor writes reaches readers inert: escaped in HTML, SVG, JSON-LD, feeds and meta tags.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, removeBuild, type BuildResult } from '../helpers/build.ts';
import { fromHtml } from 'hast-util-from-html';
import { attr, readPage, toString } from '../helpers/html.ts';

const PAYLOAD = '</script><script>alert(1)</script><img src=x onerror=alert(2)> & "q" \u2028 {{x}} ${x}';

function files(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name), root) : [join(dir, e.name).slice(root.length)]));
}

describe('a site whose every field holds markup and script', () => {
  let build: BuildResult;
  beforeAll(() => {
    build = buildSite({ content: 'hostile' });
    if (build.code !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  });
  afterAll(() => removeBuild(build));

  it('runs no script and carries no event handler on any page', () => {
    const pages = files(build.outDir).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(5);
    for (const path of pages) {
      const page = readPage(build.outDir, path);
      for (const script of page.all('script')) {
        const type = attr(script, 'type');
        const src = attr(script, 'src');
        // Only the site's own code runs: bundled modules, the search interface, and structured data, which never runs.
        if (src !== undefined) expect(src.startsWith('/_astro/') || src === '/pagefind/pagefind-ui.js', `${path}: ${src}`).toBe(true);
        else if (type !== 'application/ld+json') expect(toString(script), path).not.toMatch(/alert|onerror/);
      }
      for (const element of page.all('*')) {
        for (const name of Object.keys(element.properties)) expect(/^on/i.test(name), `${path}: <${element.tagName} ${name}>`).toBe(false);
      }
      expect(page.all('img[src=x]'), path).toHaveLength(0);
    }
  });

  it('shows the strings as text, where the reader sees them', () => {
    const article = readPage(build.outDir, '/articles/hostile-strings/');
    expect(article.text('h1')).toBe(`Title ${PAYLOAD}`);
    expect(attr(article.one('meta[name=description]'), 'content')).toBe(`Dek ${PAYLOAD}`);
    expect(article.text('.article-body mark')).toBe('<script>alert(3)</script>');
    const claim = readPage(build.outDir, '/articles/hostile-strings/claims/hostile-claim/');
    expect(claim.text('.summary')).toBe(`Summary ${PAYLOAD}`);
    expect(claim.text('.analysis')).toContain('<script>alert(4)</script>');
    expect(toString(claim.one('#figure-bars')!)).toContain(`Label ${PAYLOAD}`);
  });

  it('keeps a closing script tag inside JSON-LD from ending the script element', () => {
    const claim = readPage(build.outDir, '/articles/hostile-strings/claims/hostile-claim/');
    const [script] = claim.all('script[type="application/ld+json"]');
    const raw = toString(script!);
    expect(raw).not.toContain('</script');
    const review = JSON.parse(raw);
    expect(review.reviewBody).toBe(`Summary ${PAYLOAD}`);
    expect(review.itemReviewed.author.name).toBe(`Claimant ${PAYLOAD}`);
  });

  it('escapes the strings in SVG figures', () => {
    const article = readPage(build.outDir, '/articles/hostile-strings/');
    const svgs = article.all('svg');
    expect(svgs.length).toBeGreaterThanOrEqual(4);
    expect(article.all('svg script, svg foreignObject, svg [href^="javascript"]')).toHaveLength(0);
    expect(toString(svgs[0]!)).toContain(`Bars ${PAYLOAD}Bars description ${PAYLOAD}`);
  });

  it('shows the strings of an update as text, on the annotation\'s page and on the updates page', () => {
    const claim = readPage(build.outDir, '/articles/hostile-strings/claims/hostile-claim/');
    expect(claim.text('.update-note')).toBe(`Note ${PAYLOAD}`);
    expect(readPage(build.outDir, '/updates/').text('.update-note')).toBe(`Note ${PAYLOAD}`);
  });

  it('keeps the strings inert in the embed page, the embed code and the oEmbed', () => {
    const embed = readPage(build.outDir, '/articles/hostile-strings/claims/hostile-claim/embed/');
    expect(embed.text('.embed-summary')).toBe(`Summary ${PAYLOAD}`);
    expect(embed.text('.embed-claimant')).toBe(`Claimed by Claimant ${PAYLOAD}`);
    const oembed = JSON.parse(readFileSync(join(build.outDir, 'articles/hostile-strings/claims/hostile-claim/oembed.json'), 'utf8'));
    // The code is one element, whatever the title holds: the markup of the strings stays inside an attribute.
    const frame = fromHtml(oembed.html, { fragment: true });
    expect(frame.children.map((node) => (node.type === 'element' ? node.tagName : node.type))).toEqual(['iframe']);
    expect(oembed.html).not.toMatch(/<script|<img/);
    const claim = readPage(build.outDir, '/articles/hostile-strings/claims/hostile-claim/');
    expect(claim.text('#embed-code-field')).toBe(oembed.html);
  });

  it('percent-encodes the excerpt and the words around it in the link to the passage', () => {
    const claim = readPage(build.outDir, '/articles/hostile-strings/claims/hostile-claim/');
    const link = claim.all('.evidence-links a').map((a) => attr(a, 'href')!)[0]!;
    const fragment = link.slice(link.indexOf('#'));
    expect(fragment).toMatch(/^#:~:text=[A-Za-z0-9!$'()*+.\/:;=?@_~%,-]+$/);
    expect(fragment).not.toMatch(/[<>"&]/);
  });

  it('escapes the strings in the feed', () => {
    const feed = readFileSync(join(build.outDir, 'feed.xml'), 'utf8');
    expect(feed).toContain('Summary &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(feed).not.toMatch(/<script|<img/);
  });
});
