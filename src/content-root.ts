// Where the content lives: `content/` under the project root, or under CONTENT_ROOT (used by the fixture sites).
import { resolve } from 'node:path';

/** The folder that holds `content/`, as an absolute path. */
export function contentRoot(projectRoot: string = process.cwd()): string {
  return resolve(projectRoot, process.env.CONTENT_ROOT ?? '.');
}
