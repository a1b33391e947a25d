// Content folders made on the fly for tests: a fixture copied, then files changed, added or removed.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { FIXTURES, PROJECT_ROOT } from './build.ts';

/**
 * Copies a fixture's content to a temporary folder and applies the changes (`null` removes a file).
 * The folder is inside the project, as a content root must be, so that the project's packages resolve from it.
 */
export function contentVariant(fixture: string, changes: Record<string, string | null> = {}): string {
  mkdirSync(join(PROJECT_ROOT, 'tests/.output'), { recursive: true });
  const root = mkdtempSync(join(PROJECT_ROOT, 'tests/.output/content-'));
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
