// Content folders made on the fly for tests: a fixture copied, then files changed, added or removed.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { FIXTURES } from './build.ts';

/** Copies a fixture's content to a temporary folder and applies the changes (`null` removes a file). */
export function contentVariant(fixture: string, changes: Record<string, string | null> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'annotated-content-'));
  cpSync(join(FIXTURES, fixture, 'content'), join(root, 'content'), { recursive: true });
  for (const [path, text] of Object.entries(changes)) {
    const file = join(root, path);
    if (text === null) rmSync(file, { force: true });
    else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
  }
  return root;
}
