// After the build: writes `_headers` at the root of the output, where Netlify and Cloudflare Pages look for it.
// Astro does not route files whose names begin with `_`, so it comes from here rather than from a page.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersFile } from '../lib/hosting/headers.ts';

/** The file's name at the root of the output, written anew by every build. */
export const HEADERS_FILE = '_headers';

export function writeHeadersFile(outDir: string, base: string): void {
  writeFileSync(join(outDir, HEADERS_FILE), headersFile(base));
}
