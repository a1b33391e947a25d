// Finds a file shipped inside an npm package (fonts, land outlines), from source or from a bundled build.
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** The absolute path of `specifier` (`world-atlas/countries-50m.json`); a bundle outside src/ resolves from the project. */
export function packageFile(specifier: string): string {
  try {
    return createRequire(import.meta.url).resolve(specifier);
  } catch {
    return createRequire(join(process.cwd(), 'package.json')).resolve(specifier);
  }
}
