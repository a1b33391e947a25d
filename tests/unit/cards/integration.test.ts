// The build's side of the cards: one per annotation of the site, written where the pages link them.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeCards, drawSocialCardsAhead, planSocialCards, serveSocialCards, socialCards, writeSocialCards } from '../../../src/integration/cards.ts';
import { renderCard } from '../../../src/lib/cards/render.ts';
import { readContentFiles } from '../../../src/lib/content/read-files.ts';
import { paths } from '../../../src/lib/paths.ts';
import { verifyContent } from '../../../src/lib/verify/index.ts';
import { PROJECT_ROOT } from './fixtures.ts';

const scratch = mkdtempSync(join(tmpdir(), 'cards-integration-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const { site } = verifyContent(readContentFiles(PROJECT_ROOT));

describe('the social cards of a site', () => {
  it('are one per annotation of every article', () => {
    const cards = socialCards(site!);
    const annotations = site!.articles.flatMap((a) => a.annotations.map((r) => `${a.slug}/${r.annotation.id}`));
    expect(cards.map((c) => `${c.article}/${c.claim}`)).toEqual(annotations);
    expect(cards[0]!.input.settings).toBe(site!.settings);
  });

  it('are written at the address the pages link, through the cache under cacheDir/cards', async () => {
    const cards = socialCards(site!).slice(0, 3);
    const outDir = join(scratch, 'dist');
    const cacheDir = join(scratch, 'astro-cache');
    const stats = await writeSocialCards({ plan: planSocialCards(cards, outDir), cacheDir, workers: 0 });
    expect(stats).toMatchObject({ cards: 3, drawn: 3, reused: 0 });
    for (const card of cards) {
      const file = join(outDir, paths.socialCard(card.article, card.claim));
      expect(file).toBe(join(outDir, 'cards', card.article, `${card.claim}.png`));
      expect(readFileSync(file).equals(await renderCard(card.input))).toBe(true);
    }
    expect(existsSync(join(cacheDir, 'cards'))).toBe(true);
    expect(describeCards(stats)).toMatch(/^social cards: 3 \(0 from the cache, 3 drawn in this thread\) in \d+\.\d s$/);
  });

  it('can be drawn ahead into the cache without touching the site, then copied into place', async () => {
    const cards = socialCards(site!).slice(3, 5);
    const outDir = join(scratch, 'dist-ahead');
    const cacheDir = join(scratch, 'astro-cache-ahead');
    const plan = planSocialCards(cards, outDir);
    const ahead = await drawSocialCardsAhead({ plan, cacheDir, workers: 0 });
    expect(ahead).toMatchObject({ cards: 0, drawn: 2, reused: 0, pruned: 0 });
    expect(existsSync(outDir)).toBe(false);
    const written = await writeSocialCards({ plan, cacheDir, workers: 0 });
    expect(written).toMatchObject({ cards: 2, drawn: 0, reused: 2 });
    for (const card of cards) expect(readFileSync(join(outDir, paths.socialCard(card.article, card.claim))).equals(await renderCard(card.input))).toBe(true);
    expect(describeCards(written, ahead)).toMatch(/^social cards: 2 \(0 from the cache, 2 drawn in this thread while the pages were built\) in \d+\.\d s$/);
  });
});

describe('serveSocialCards', () => {
  type Handler = Parameters<Parameters<typeof serveSocialCards>[0]['middlewares']['use']>[0];
  let handler: Handler | null = null;
  serveSocialCards({ middlewares: { use: (h) => (handler = h) } }, () => site);

  /** The middleware's answer to a GET of `url`: the PNG, or null when it passed the request on. */
  const get = (url: string) =>
    new Promise<{ type: string; body: Buffer } | null>((resolve) => {
      const headers: Record<string, string> = {};
      const res = { setHeader: (name: string, value: string) => (headers[name] = value), end: (body: Buffer) => resolve({ type: headers['Content-Type']!, body }), statusCode: 200 };
      handler!({ url } as never, res as never, () => resolve(null));
    });

  it('draws a card asked for in dev, under any base path, and passes on every other address', async () => {
    const card = socialCards(site!)[0]!;
    const served = await get(`/fact-checks/cards/${card.article}/${card.claim}.png?v=1`);
    expect(served?.type).toBe('image/png');
    expect(Buffer.from(served!.body).equals(await renderCard(card.input))).toBe(true);
    expect(await get(`/cards/${card.article}/no-such-claim.png`)).toBeNull();
    expect(await get('/articles/')).toBeNull();
  });
});
