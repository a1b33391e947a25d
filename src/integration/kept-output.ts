// The built site kept between builds: a page or card that has not changed stays where it is, and what the build no
// longer makes is removed from it, so that the folder holds what a clean build would write and nothing else.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Left at the root of the output by Astro's own emptying, and so here: a deploy may keep its repository there. */
const KEPT_NAMES = new Set(['.git']);

/** The file that says a build of `outDir` is under way: one per output folder, in Astro's cacheDir. */
const markerFile = (cacheDir: string, outDir: string) =>
  join(cacheDir, `build-under-way-${createHash('sha256').update(resolve(outDir)).digest('hex').slice(0, 16)}`);

/**
 * Starts a build in an output folder that earlier builds left in place. If the last build there never finished (it
 * was killed, so its exit handler could not remove what it half wrote), the folder is emptied: nothing in it can be
 * trusted to match the caches. Returns the time the build began, on the file system's own clock, which
 * `removeStaleFiles` compares with the files' times.
 */
export function beginBuild(outDir: string, cacheDir: string): number {
  const marker = markerFile(cacheDir, outDir);
  if (existsSync(marker)) rmSync(outDir, { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(marker, outDir);
  return statSync(marker).mtimeMs;
}

/** Ends a build begun by `beginBuild`: the output folder is whole again. */
export function endBuild(outDir: string, cacheDir: string): void {
  rmSync(markerFile(cacheDir, outDir), { force: true });
}

/**
 * Removes from `outDir` every file the build did not make: one it neither wrote (modified since `since`) nor kept
 * from an earlier build on purpose (listed in `keep`, absolute paths). Folders left empty go too; the files and
 * folders at the top named in `rewritten` are left to the step that writes them anew. Returns how many files were
 * removed.
 */
export function removeStaleFiles(outDir: string, keep: ReadonlySet<string>, since: number, rewritten: ReadonlySet<string> = new Set()): number {
  let removed = 0;
  const sweep = (dir: string, top: boolean): boolean => {
    let empty = true;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (top && (KEPT_NAMES.has(entry.name) || rewritten.has(entry.name))) empty = false;
      else if (entry.isDirectory()) {
        if (sweep(path, false)) rmdirSync(path);
        else empty = false;
      } else if (keep.has(path) || statSync(path).mtimeMs >= since) empty = false;
      else {
        rmSync(path, { force: true });
        removed++;
      }
    }
    return empty;
  };
  if (existsSync(outDir)) sweep(outDir, true);
  return removed;
}
