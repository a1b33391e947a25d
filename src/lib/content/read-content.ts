// Reads the content folder of a project from disk, in a stable order.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentFile } from './parse-content.ts';
import { CONTENT_DIR } from './parse-content.ts';

function walk(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? walk(full) : [full];
    });
}

/** Every file under `<root>/content`, as text, with its path relative to the root. */
export function readContentFiles(root: string): ContentFile[] {
  return walk(join(root, CONTENT_DIR)).map((full) => ({
    path: relative(root, full).split(sep).join('/'),
    text: readFileSync(full, 'utf8'),
  }));
}
