// The build's social cards: one PNG per annotation at /cards/<article>/<claim>.png, drawn after the pages, kept between builds.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { drawCards, type CardJob, type DrawCardsStats } from '../lib/cards/draw-cards.ts';
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

/**
 * Writes the cards into the built site, `<outDir>/cards/<article>/<claim>.png`, through the card cache in
 * `<cacheDir>/cards/` (cacheDir: Astro's, which is per content root). Call it at `astro:build:done`.
 */
export async function writeSocialCards(options: { cards: readonly SocialCard[]; outDir: string; cacheDir: string; workers?: number }): Promise<DrawCardsStats> {
  const jobs: CardJob[] = options.cards.map((card) => ({ input: card.input, file: join(options.outDir, paths.socialCard(card.article, card.claim)) }));
  return drawCards(jobs, { cacheDir: join(options.cacheDir, 'cards'), workers: options.workers });
}

/** One line for the build log: `social cards: 1363 (1360 from the cache, 3 drawn on 1 thread) in 0.9 s`. */
export function describeCards(stats: DrawCardsStats): string {
  const where = stats.workers === 0 ? 'in this thread' : `on ${stats.workers} thread${stats.workers === 1 ? '' : 's'}`;
  return `social cards: ${stats.cards} (${stats.reused} from the cache, ${stats.drawn} drawn ${where}) in ${(stats.ms / 1000).toFixed(1)} s`;
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
    renderCard(card.input).then(
      (png) => {
        res.setHeader('Content-Type', 'image/png');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(png);
      },
      (error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      },
    );
  });
}
