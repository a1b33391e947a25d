// The built site kept between builds: a page or card that has not changed stays where it is, and what the build no
// longer makes is removed from it, so that the folder holds what a clean build would write and nothing else.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Left at the root of the output by Astro's own emptying, and so here: a deploy may keep its repository there. */
const KEPT_NAMES = new Set(['.git']);

/** A file of this cache about one output folder: `under-way` while a build writes it, `built` once one has. */
const recordFile = (cacheDir: string, outDir: string, kind: 'under-way' | 'built') =>
  join(cacheDir, `build-${kind}-${createHash('sha256').update(resolve(outDir)).digest('hex').slice(0, 16)}`);

/**
 * The time, in whole seconds (what an archive such as a CI cache keeps), of a folder that every build writes anew at
 * the top of the output: it tells this cache's last build from a build made with another cache since.
 */
function witnessTime(outDir: string, witness: string): number | null {
  try {
    return Math.floor(statSync(join(outDir, witness)).mtimeMs / 1000);
  } catch {
    return null;
  }
}

/**
 * Starts a build in an output folder that earlier builds left in place. The folder is emptied when nothing in it can
 * be trusted to match this cache: the last build there never finished (it was killed, so its exit handler could not
 * remove what it half wrote), or it was not this cache's (another content folder built into the same output, or a
 * folder this cache never built). `witness` names what every build writes anew at the top of the output. Returns
 * the time the build began, on the file system's own clock, which `removeStaleFiles` compares with the files' times.
 */
export function beginBuild(outDir: string, cacheDir: string, witness: string): number {
  const underWay = recordFile(cacheDir, outDir, 'under-way');
  const built = recordFile(cacheDir, outDir, 'built');
  const recorded = existsSync(built) ? Number(readFileSync(built, 'utf8')) : null;
  if (existsSync(underWay) || (existsSync(outDir) && (recorded === null || recorded !== witnessTime(outDir, witness)))) {
    rmSync(outDir, { recursive: true, force: true });
  }
  mkdirSync(cacheDir, { recursive: true });
  rmSync(built, { force: true });
  writeFileSync(underWay, outDir);
  return statSync(underWay).mtimeMs;
}

/** Ends a build begun by `beginBuild`, once it has written `witness`: the output folder is whole again. */
export function endBuild(outDir: string, cacheDir: string, witness: string): void {
  const time = witnessTime(outDir, witness);
  // Without its witness the folder cannot be recognised next time: the next build will empty it.
  if (time !== null) writeFileSync(recordFile(cacheDir, outDir, 'built'), String(time));
  rmSync(recordFile(cacheDir, outDir, 'under-way'), { force: true });
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
