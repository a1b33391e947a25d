// The quote spans counted in the article pages of earlier builds, kept in Astro's cacheDir: a page whose bytes were
// counted before, by the same counting code, is not parsed again.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { TextSpan } from '../lib/structured-data/text-position.ts';

/**
 * What decides the spans of a page besides its bytes, from the project's root: the counting code, and the lockfile,
 * which pins the HTML parser. A change to any of them counts every page again.
 */
const COUNTING_CODE = ['src/lib/structured-data/text-position.ts', 'src/lib/dom.ts', 'src/integration/text-positions.ts', 'package-lock.json'];
const FILE = 'text-positions.json';

interface Stored {
  counting: string;
  /** Each page's spans by the digest of its bytes: [annotation id, start, end]. */
  pages: Record<string, [string, number, number][]>;
}

const sha256 = (...parts: (string | Uint8Array)[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('base64url');
};

/** The spans of the record in `file` if they were counted by `counting`; none otherwise. */
function readStored(file: string, counting: string): Stored['pages'] {
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Stored;
    return stored.counting === counting ? stored.pages : {};
  } catch {
    // No record yet, or an unreadable one: every page is counted.
    return {};
  }
}

export class CountedSpans {
  readonly #file: string;
  readonly #counting: string;
  readonly #before: Stored['pages'];
  // Only the pages of this build, so the record holds the current site and nothing older.
  readonly #now: Stored['pages'] = {};

  /** The record under `cacheDir`, kept if it was counted by the code now under `projectRoot`. */
  constructor(cacheDir: string, projectRoot: string) {
    this.#file = join(cacheDir, FILE);
    this.#counting = sha256(...COUNTING_CODE.flatMap((path) => [path, existsSync(join(projectRoot, path)) ? readFileSync(join(projectRoot, path)) : '']));
    this.#before = readStored(this.#file, this.#counting);
  }

  /** The spans of the page with these bytes: from the record, or counted by `count` and recorded. */
  of(page: Uint8Array, count: () => Map<string, TextSpan>): Map<string, TextSpan> {
    const key = sha256(page);
    const stored = this.#before[key] ?? this.#now[key];
    if (stored) {
      this.#now[key] = stored;
      return new Map(stored.map(([id, start, end]) => [id, { start, end }]));
    }
    const spans = count();
    this.#now[key] = [...spans].map(([id, { start, end }]) => [id, start, end]);
    return spans;
  }

  /** Writes the record whole or not at all, so a build stopped halfway leaves the previous one. */
  save(): void {
    mkdirSync(dirname(this.#file), { recursive: true });
    const temporary = `${this.#file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ counting: this.#counting, pages: this.#now } satisfies Stored));
    renameSync(temporary, this.#file);
  }
}
