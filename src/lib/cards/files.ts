// Finds files of the project's source (the colour tokens, the card code, the worker) from source or from a bundle.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = 'src/lib/cards/files.ts';

/**
 * The project's root: three folders up from this module when it runs from source (tests, scripts, workers);
 * the working directory when it has been bundled elsewhere (Astro loads the integration through its config
 * loader and pages through its prerender bundle), as `npm run build` runs from the project's root.
 */
export function projectRoot(): string {
  let here: string | null = null;
  try {
    here = fileURLToPath(import.meta.url);
  } catch {
    // Not a file: URL (a bundle evaluated from memory).
  }
  if (here && here.replaceAll('\\', '/').endsWith(`/${HERE}`)) return resolve(dirname(here), '../../..');
  return process.cwd();
}

/** The absolute path of a project file, given from the root (`src/styles/tokens.css`); throws if it is missing. */
export function projectFile(pathFromRoot: string): string {
  const path = join(projectRoot(), pathFromRoot);
  if (!existsSync(path)) throw new Error(`${pathFromRoot} not found under ${projectRoot()}: the card code looks for its files from the project's root, run the build from there`);
  return path;
}
