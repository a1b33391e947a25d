// Where shared addresses land, in Chromium: an evidence link at the excerpt in its source, and the Web Annotation
// text positions at the quote in the built article page.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, removeBuild, type BuildResult } from '../helpers/build.ts';
import { launchBrowser, settle } from '../helpers/browser.ts';
import { attr, readPage } from '../helpers/html.ts';
import { serveStatic, type StaticSite } from '../helpers/serve.ts';

const BASE = '/fact-checks/';
const ARTICLE = 'articles/harbour-bridge-budget/';

let build: BuildResult;
let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  build = buildSite({ content: 'full', base: BASE, site: 'https://example.org' });
  if (build.code !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  [site, browser] = await Promise.all([serveStatic(build.outDir, BASE), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (build) removeBuild(build);
});

/** The address of the first evidence link of a claim page that leads to `source` (its original, not the archive). */
function evidenceLink(claimPath: string, sourceHost: string): URL {
  const links = readPage(build.outDir, claimPath).all('.evidence-links a').map((a) => attr(a, 'href')!);
  const link = links.find((href) => new URL(href).host === sourceHost);
  if (!link) throw new Error(`no link to ${sourceHost} on ${claimPath}: ${links.join(', ')}`);
  return new URL(link);
}

// Pages standing in for the sources: their text, with the passage far down and a look-alike passage before it, each
// far from the other, so that where the browser scrolls tells which one it found.
const FILLER = '<div class="filler"></div>';
const SOURCES: Record<string, string> = {
  '/minutes/2025-03-13': `<h1>Minutes of the council meeting of 13 March 2025</h1>${FILLER}
    <p id="decoy">Item 3. A budget of EUR 2 million for roads is discussed.</p>${FILLER}
    <p id="passage">Item 4. A budget of EUR 12 million is approved. The vote was 21 to 14.</p>${FILLER}`,
  '/report.pdf': `<h1>Audit of the bridge project</h1>${FILLER}
    <p id="decoy">Tunnel total span: 280 m. Depth below water: 20 m.</p>${FILLER}
    <p id="passage">Bridge total span: 280 m. Height above water: 40 m.</p>${FILLER}`,
  '/notice': `<h1>Spring timetable notice</h1>${FILLER}
    <p id="decoy">The ticket office is open every day of the week.</p>${FILLER}
    <div id="passage"><p>From 1 April, ferries leave the north pier every 20 minutes,</p>
    <p id="passage-end">from six in the morning until midnight, every day of the week.</p></div>${FILLER}`,
};

/** Serves the stand-in sources on a second origin. */
async function serveSources(): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const body = SOURCES[new URL(request.url ?? '/', 'http://localhost').pathname];
    if (!body) return void response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Source</title><style>
        body { margin: 0; font: 16px/1.5 sans-serif; } .filler { height: 3000px; }
        ::target-text { background-color: rgb(255, 0, 255); color: rgb(0, 0, 0); }
      </style></head><body>${body}</body></html>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Whether an element is in the viewport. */
const inView = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.bottom > 0 && box.top < innerHeight;
  });

/** How many pixels of an element the page's ::target-text colour (magenta) paints, counted in the page itself. */
async function painted(page: Page, selector: string): Promise<number> {
  const png = await page.locator(selector).screenshot();
  return page.evaluate(async (base64) => {
    const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
    const context = new OffscreenCanvas(image.width, image.height).getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    let count = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! > 230 && data[i + 1]! < 40 && data[i + 2]! > 230) count += 1;
    return count;
  }, png.toString('base64'));
}

describe('a link to the passage of a source', () => {
  let sources: Awaited<ReturnType<typeof serveSources>>;
  beforeAll(async () => {
    sources = await serveSources();
  });
  afterAll(() => sources?.close());

  it.each([
    { name: 'a short excerpt, whole', claim: `${ARTICLE}claims/budget-amount/`, host: 'council.example.org', last: '#passage' },
    { name: 'a short excerpt the source has twice, by the words around it', claim: `${ARTICLE}claims/bridge-length/`, host: 'audit.example.org', last: '#passage' },
    { name: 'a long excerpt over two paragraphs, by its first and last words', claim: 'articles/ferry-timetable/claims/ferry-frequency/', host: 'ferries.example.org', last: '#passage-end' },
  ])('scrolls to and highlights $name in Chromium', async ({ claim, host, last }) => {
    const link = evidenceLink(claim, host);
    expect(link.hash).toMatch(/^#:~:text=/);
    const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
    try {
      // The stand-in of the source, at the fragment the claim page links to.
      await page.goto(`${sources.origin}${link.pathname}${link.hash}`);
      // The directive is taken out of the address the page's scripts see.
      expect(await page.evaluate(() => location.hash)).toBe('');
      // Chromium looks for the words once the page has loaded and its DOM has been still for a moment.
      await expect.poll(() => inView(page, '#passage'), { timeout: 5000 }).toBe(true);
      expect(await inView(page, '#decoy')).toBe(false);
      expect(await painted(page, '#passage')).toBeGreaterThan(200);
      // The highlight runs to the excerpt's last words, and nowhere else.
      expect(await painted(page, last)).toBeGreaterThan(50);
      expect(await painted(page, '#decoy')).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('leaves the page at its top when the source no longer has the words', async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
    try {
      await page.goto(`${sources.origin}/notice#:~:text=${encodeURIComponent('words the notice does not have')}`);
      await settle(page);
      expect(await page.evaluate(() => scrollY)).toBe(0);
    } finally {
      await page.close();
    }
  });
});

interface Item {
  id: string;
  target: { selector: ({ type: 'TextQuoteSelector'; exact: string } | { type: 'TextPositionSelector'; start: number; end: number })[] };
}

describe('the text positions of the Web Annotation export', () => {
  const items = () => (JSON.parse(readFileSync(join(build.outDir, ARTICLE, 'annotations.jsonld'), 'utf8')) as { first: { items: Item[] } }).first.items;

  it('select the quote in the page as a browser has it, counted in the body\'s text as Hypothesis counts', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(site.url + ARTICLE);
      // After the page's scripts have run, as an annotation tool would find it.
      await settle(page);
      const anchors = items().map((item) => {
        const quote = item.target.selector.find((s) => s.type === 'TextQuoteSelector')!;
        const position = item.target.selector.find((s) => s.type === 'TextPositionSelector')!;
        return { id: new URL(item.id).pathname.split('/').at(-2)!, exact: quote.exact, start: position.start, end: position.end };
      });
      const found = await page.evaluate((anchors) => {
        // A DOM Range from offsets in document.body's text, as Hypothesis's TextPosition anchoring makes it.
        const rangeAt = (start: number, end: number) => {
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          const range = document.createRange();
          let offset = 0;
          for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
            const length = node.data.length;
            if (start >= offset && start < offset + length) range.setStart(node, start - offset);
            if (end > offset && end <= offset + length) {
              range.setEnd(node, end - offset);
              break;
            }
            offset += length;
          }
          return range;
        };
        const BLOCK = 'p, li, blockquote, td, th, h1, h2, h3, h4, h5, h6, dd, dt, figcaption';
        return anchors.map(({ id, start, end }) => {
          const range = rangeAt(start, end);
          const inMark = (node: Node) => (node.parentElement?.closest('mark')?.getAttribute('data-claims') ?? '').split(' ').includes(id);
          // The text nodes of the range, and which of them belong to the annotation's marks.
          const nodes: Text[] = [];
          const walker = document.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
          for (let node = walker.currentNode.nodeType === Node.TEXT_NODE ? (walker.currentNode as Text) : (walker.nextNode() as Text | null); node; node = walker.nextNode() as Text | null) {
            if (range.intersectsNode(node) && node.data.length > 0) nodes.push(node);
          }
          let marked = '';
          let block: Element | null = null;
          for (const node of nodes.filter(inMark)) {
            const here = node.parentElement!.closest(BLOCK);
            if (block && here !== block) marked += ' ';
            const from = node === range.startContainer ? range.startOffset : 0;
            const to = node === range.endContainer ? range.endOffset : node.data.length;
            marked += node.data.slice(from, to);
            block = here;
          }
          return {
            id,
            text: range.toString(),
            marked,
            startsInMark: inMark(range.startContainer),
            endsInMark: inMark(range.endContainer),
            inserted: nodes.some((node) => !inMark(node)),
            bodyText: document.body.textContent!.slice(start, end),
          };
        });
      }, anchors);

      for (const [i, result] of found.entries()) {
        const { exact } = anchors[i]!;
        // Range and body text agree: the offsets count what Hypothesis counts.
        expect(result.text, result.id).toBe(result.bodyText);
        // The span begins and ends inside the annotation's marks, and its marked text is the quote.
        expect([result.startsInMark, result.endsInMark], result.id).toEqual([true, true]);
        expect(result.marked, result.id).toBe(exact);
        // Where the page puts nothing of its own inside the span, it is the quote exactly: Hypothesis anchors it as is.
        expect(result.text === exact, result.id).toBe(!result.inserted);
      }
      // Only annotations that a note number or the notes between two paragraphs interrupt differ from their quote.
      expect(found.filter((r) => r.inserted).map((r) => r.id).sort()).toEqual(['across-paragraphs', 'budget-amount', 'thursday']);
    } finally {
      await page.close();
    }
  });
});
