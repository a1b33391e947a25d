// One card drawn and written: its face to PNG, into the cache and to its output files (in a worker or in the caller's thread).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CardCache } from './cache.ts';
import type { CardFace } from './layout.ts';
import { renderFace } from './render.ts';

export interface DrawTask {
  id: number;
  face: CardFace;
  key: string;
  cacheDir: string;
  /** Absolute paths the PNG is written to. */
  files: string[];
}

export type DrawResult = { id: number; ok: true; bytes: number } | { id: number; ok: false; error: string };

const caches = new Map<string, CardCache>();

/** Draws one card and writes it: to the cache first, so that a card written out is a card kept. */
export function drawTask(task: DrawTask): DrawResult {
  try {
    const png = renderFace(task.face);
    let cache = caches.get(task.cacheDir);
    if (!cache) caches.set(task.cacheDir, (cache = new CardCache(task.cacheDir)));
    cache.write(task.key, png);
    for (const file of task.files) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, png);
    }
    return { id: task.id, ok: true, bytes: png.length };
  } catch (error) {
    return { id: task.id, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}
