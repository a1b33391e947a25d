// Reads the content folder of a project from disk, each file once, in a stable order.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** A content file as read from disk. */
export interface ContentFile {
  /** Path relative to the project root, forward slashes: `content/articles/x.md`. */
  path: string;
  text: string;
}

export const CONTENT_DIR = 'content';

/** A file's text without the byte order mark an editor may have saved at its start. */
export const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

function walk(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
}

/** Every file under `<root>/content`, as text, with its path relative to the root. */
export function readContentFiles(root: string): ContentFile[] {
  return walk(join(root, CONTENT_DIR)).map((full) => ({
    path: relative(root, full).split(sep).join('/'),
    text: readFileSync(full, 'utf8'),
  }));
}
