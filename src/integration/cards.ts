// The build's social cards: one PNG per annotation at /cards/<article>/<claim>.png, drawn while the pages are, kept between builds.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { drawPlannedCards, planCards, type CardPlan, type DrawCardsStats } from '../lib/cards/draw-cards.ts';
import { renderCard } from '../lib/cards/render.ts';
import type { CardInput } from '../lib/cards/types.ts';
import { paths } from '../lib/paths.ts';
import type { Site } from '../lib/graph/types.ts';

export interface SocialCard {
  article: string;
  claim: string;
  input: CardInput;
}

/** Every annotation's card, as the pages link them (`paths.socialCard`). */
export function socialCards(site: Site): SocialCard[] {
  return site.articles.flatMap((article) =>
    article.annotations.map((resolved) => ({
      article: article.slug,
      claim: resolved.annotation.id,
      input: { settings: site.settings, article: article.meta, annotation: resolved, language: site.settings.language },
    })),
  );
}

/** Where each card goes in the built site, `<outDir>/cards/<article>/<claim>.png`, grouped by what it shows. */
export function planSocialCards(cards: readonly SocialCard[], outDir: string): CardPlan {
  return planCards(cards.map((card) => ({ input: card.input, file: join(outDir, paths.socialCard(card.article, card.claim)) })));
}

interface CardOptions {
  plan: CardPlan;
  /** Astro's cacheDir (one per content root): the cards are kept in its `cards/` folder. */
  cacheDir: string;
  workers?: number;
}

/**
 * Draws into the card cache every card that is not there yet, and writes nothing else. Started at
 * `astro:build:start`, its threads draw while Astro bundles and renders the pages, which keep one core busy.
 */
export function drawSocialCardsAhead(options: CardOptions): Promise<DrawCardsStats> {
  return drawPlannedCards(options.plan, { cacheDir: join(options.cacheDir, 'cards'), workers: options.workers, write: false });
}

/** Writes the cards into the built site through the cache, drawing any still missing. Call it at `astro:build:done`. */
export function writeSocialCards(options: CardOptions): Promise<DrawCardsStats> {
  return drawPlannedCards(options.plan, { cacheDir: join(options.cacheDir, 'cards'), workers: options.workers });
}

/**
 * One line for the build log: `social cards: 1363 (1360 from the cache, 3 drawn on 1 thread) in 0.9 s`. With the
 * pass drawn ahead, its cards count as drawn and its time (spent beside the pages') is added.
 */
export function describeCards(written: DrawCardsStats, ahead?: DrawCardsStats): string {
  const drawn = (ahead?.drawn ?? 0) + written.drawn;
  const workers = Math.max(ahead?.workers ?? 0, written.workers);
  const where = workers === 0 ? 'in this thread' : `on ${workers} thread${workers === 1 ? '' : 's'}`;
  const ms = (ahead?.ms ?? 0) + written.ms;
  const during = ahead && ahead.drawn > 0 ? ' while the pages were built' : '';
  return `social cards: ${written.cards} (${written.reused - (ahead?.drawn ?? 0)} from the cache, ${drawn} drawn ${where}${during}) in ${(ms / 1000).toFixed(1)} s`;
}

/** What `astro:server:setup` gives as `server` (Vite's dev server), as far as cards need it. */
export interface DevServer {
  middlewares: { use(handler: (req: IncomingMessage, res: ServerResponse, next: () => void) => void): unknown };
}

/**
 * In `astro dev`, draws a card when it is asked for, from the content as it is then (`loadSite`), at the
 * address the build writes it to, under any base path. A build writes them all at the end instead.
 */
export function serveSocialCards(server: DevServer, loadSite: () => Site | null): void {
  server.middlewares.use((req, res, next) => {
    const match = /(?:^|\/)cards\/([^/]+)\/([^/]+)\.png$/.exec((req.url ?? '').split('?')[0]!);
    const site = match ? loadSite() : null;
    const card = site ? socialCards(site).find((c) => c.article === decodeURIComponent(match![1]!) && c.claim === decodeURIComponent(match![2]!)) : undefined;
    if (!card) return next();
    try {
      const png = renderCard(card.input);
      res.setHeader('Content-Type', 'image/png');
      res.setHeader('Cache-Control', 'no-cache');
      res.end(png);
    } catch (error) {
      res.statusCode = 500;
      res.end(String(error));
    }
  });
}
