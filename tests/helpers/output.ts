// A built site's files, each with the hash of its bytes: what two builds must share to be the same site.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir`, by its path from there, with the SHA-256 of its bytes. */
export function outputDigest(dir: string, root = dir): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return Object.entries(outputDigest(path, root));
      return [[path.slice(root.length), createHash('sha256').update(readFileSync(path)).digest('hex')]];
    }),
  );
}

/** The paths whose bytes differ between two builds, or that only one has. */
export function changedFiles(before: Record<string, string>, after: Record<string, string>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((path) => before[path] !== after[path]).sort();
}
