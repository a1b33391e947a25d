// Moves the previous build's output out of the way in one rename, to be deleted while the new site is built.
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Astro empties the output folder file by file before it bundles, on the main thread: for an archive of 1,000
 * articles, 87,000 files and 13 s before anything else can happen. Renamed into `<cacheDir>/discarded/` (one
 * system call), the old site is gone from where the new one goes, and the returned promise deletes it, with what
 * an interrupted build left there, beside the build. Where the rename cannot be done (the output folder on another
 * file system, or holding a `.git` that a deploy step keeps there), nothing moves and Astro empties the folder as
 * it always does.
 */
export function setAsidePreviousOutput(outDir: string, cacheDir: string): Promise<void> {
  const discarded = join(cacheDir, 'discarded');
  if (existsSync(outDir) && !existsSync(join(outDir, '.git'))) {
    try {
      mkdirSync(discarded, { recursive: true });
      renameSync(outDir, join(discarded, `${process.pid}-${Date.now()}`));
    } catch {
      // Left in place: Astro empties it.
    }
  }
  if (!existsSync(discarded)) return Promise.resolve();
  return rm(discarded, { recursive: true, force: true }).catch((error: unknown) => {
    throw new Error(`the previous build's output, moved to ${discarded}, could not be deleted (${String(error)}): delete that folder`);
  });
}
