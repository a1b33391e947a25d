// Draws a build's social cards: each from the cache when an identical card was drawn before, the rest on every core.
import { constants, existsSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { CardCache, cardKey } from './cache.ts';
import type { DrawTask } from './draw-task.ts';
import { cardFace, type CardFace } from './layout.ts';
import { defaultWorkers, runPool, type PoolKind } from './pool.ts';
import type { CardInput } from './types.ts';

export interface CardJob {
  input: CardInput;
  /** Absolute path of the PNG to write. */
  file: string;
}

export interface DrawCardsOptions {
  /** The cache folder, e.g. `<Astro's cacheDir>/cards/`; created if missing. */
  cacheDir: string;
  /** How many workers draw: one per core by default; 0 draws in the calling thread. */
  workers?: number;
  /** Worker threads (the default) or child processes: as fast as each other in scripts/bench-cards.ts, and threads start quicker and share one process. */
  kind?: PoolKind;
  /** Removes the cache entries these jobs did not use, so the cache holds the current site only (default true). */
  prune?: boolean;
}

export interface DrawCardsStats {
  /** Files written. */
  cards: number;
  /** Distinct cards drawn now. */
  drawn: number;
  /** Distinct cards copied from the cache. */
  reused: number;
  /** Cache entries removed. */
  pruned: number;
  /** Workers used (0: the calling thread). */
  workers: number;
  /** Wall-clock milliseconds. */
  ms: number;
}

/** Fewer cards than this per worker are not worth its start (loading Skia and registering the fonts). */
const CARDS_PER_WORKER = 32;

/** A site's cards grouped by what they show: one drawing per distinct card, with every file it goes to. */
export type CardPlan = ReadonlyMap<string, { face: CardFace; files: string[] }>;

/** Builds each job's face once and groups the jobs that show the same card. */
export function planCards(jobs: readonly CardJob[]): CardPlan {
  const cards = new Map<string, { face: CardFace; files: string[] }>();
  for (const job of jobs) {
    const face = cardFace(job.input);
    const key = cardKey(face);
    const card = cards.get(key);
    if (card) card.files.push(job.file);
    else cards.set(key, { face, files: [job.file] });
  }
  return cards;
}

/**
 * Writes each job's card to its file: copied from the cache when the same card (same tree, same renderer) is
 * there, drawn otherwise, on `workers` threads, and kept in the cache. Jobs that show the same card share one
 * drawing. The bytes depend on nothing but the card and the renderer, so a cold and a warm run write the same files.
 */
export async function drawCards(jobs: readonly CardJob[], options: DrawCardsOptions): Promise<DrawCardsStats> {
  return drawPlannedCards(planCards(jobs), options);
}

/**
 * drawCards over a plan. With `write: false` it only draws into the cache what is missing there (no file is
 * written, nothing pruned), so that cards can be drawn while something else writes the folder they go to.
 */
export async function drawPlannedCards(cards: CardPlan, options: DrawCardsOptions & { write?: boolean }): Promise<DrawCardsStats> {
  const start = performance.now();
  const write = options.write ?? true;
  const cache = new CardCache(options.cacheDir);
  // A file that an earlier build gave the same card, and that is still there, is left as it is.
  const placed = write ? cache.placed() : new Map<string, string>();
  if (write) cache.forgetPlaced();
  const missing: DrawTask[] = [];
  // A copy is a copy-on-write clone where the file system makes them (Btrfs, XFS, APFS): no bytes copied.
  const copies: Promise<void>[] = [];
  for (const [key, { face, files }] of cards) {
    if (!cache.has(key)) missing.push({ id: missing.length, face, key, cacheDir: cache.dir, files: write ? files : [] });
    else if (write) {
      for (const file of files) {
        if (placed.get(file) === key && existsSync(file)) continue;
        copies.push(mkdir(dirname(file), { recursive: true }).then(() => copyFile(cache.file(key), file, constants.COPYFILE_FICLONE)));
      }
    }
  }
  await Promise.all(copies);

  const workers = Math.min(options.workers ?? defaultWorkers(), Math.ceil(missing.length / CARDS_PER_WORKER));
  if (workers > 0) await runPool(missing, { size: workers, kind: options.kind ?? 'threads' });
  else if (missing.length > 0) {
    // Loaded only when needed: Skia and the fonts take a while to load, and a warm build needs neither.
    const { drawTask } = await import('./draw-task.ts');
    for (const task of missing) {
      const result = drawTask(task);
      if (!result.ok) throw new Error(`a social card could not be drawn: ${result.error}`);
    }
  }

  const pruned = !write || options.prune === false ? 0 : cache.prune(new Set(cards.keys()));
  if (write) cache.savePlaced(new Map([...cards].flatMap(([key, { files }]) => files.map((file) => [file, key] as const))));
  const files = write ? [...cards.values()].reduce((n, card) => n + card.files.length, 0) : 0;
  return { cards: files, drawn: missing.length, reused: cards.size - missing.length, pruned, workers, ms: performance.now() - start };
}
