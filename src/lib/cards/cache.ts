// The card cache: each PNG in a folder under the hash of everything that decides its bytes, so no card is drawn twice.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageFile } from '../package-file.ts';
import { projectFile } from './files.ts';
import { fontFiles } from './fonts.ts';
import type { CardFace } from './layout.ts';

const CARD_CODE = 'src/lib/cards';

const sha256 = (...parts: (string | Uint8Array)[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
};

let version: string | null = null;

/**
 * What decides a card's bytes besides its face, hashed: the renderer's version (Skia's canvas package with its
 * native build), the zlib the PNG is compressed with, the platform, the font files' bytes and the card code's
 * source. The face holds the rest (every word, size and colour, so the vocabulary and the colour tokens are in
 * it). Computed once per process.
 */
export function rendererVersion(): string {
  if (version) return version;
  const packageVersion = (name: string) => (JSON.parse(readFileSync(packageFile(`${name}/package.json`), 'utf8')) as { version: string }).version;
  const codeDir = projectFile(CARD_CODE);
  const code = readdirSync(codeDir)
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .flatMap((name) => [name, readFileSync(join(codeDir, name))]);
  version = sha256(
    `canvas ${packageVersion('@napi-rs/canvas')}`,
    `zlib ${process.versions.zlib}`,
    `${process.platform}-${process.arch}`,
    ...fontFiles().map((file) => readFileSync(file)),
    ...code,
  );
  return version;
}

/** A card's cache key: the renderer's version and its face. */
export function cardKey(face: CardFace): string {
  return sha256(rendererVersion(), JSON.stringify(face)).slice(0, 40);
}

const ENTRY = /^[0-9a-f]{40}\.png$/;
/** Which card each output file was last given, so that a file that already holds its card is left alone. */
const PLACED = 'placed.json';

/** A folder of `<key>.png` files. One build at a time per folder: pruning removes what the others use. */
export class CardCache {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
    mkdirSync(dir, { recursive: true });
  }

  file(key: string): string {
    return join(this.dir, `${key}.png`);
  }

  has(key: string): boolean {
    return existsSync(this.file(key));
  }

  /** Writes an entry whole or not at all: a build stopped halfway leaves a temporary file, never a broken entry. */
  write(key: string, png: Uint8Array): void {
    const temporary = `${this.file(key)}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(temporary, png);
    renameSync(temporary, this.file(key));
  }

  /**
   * The card each file outside the cache was given by the last build that finished writing them: file → key. A
   * build forgets them before it writes any file (`forgetPlaced`), so a build stopped halfway leaves none.
   */
  placed(): Map<string, string> {
    try {
      return new Map(Object.entries(JSON.parse(readFileSync(join(this.dir, PLACED), 'utf8')) as Record<string, string>));
    } catch {
      return new Map();
    }
  }

  forgetPlaced(): void {
    rmSync(join(this.dir, PLACED), { force: true });
  }

  savePlaced(placed: ReadonlyMap<string, string>): void {
    const temporary = join(this.dir, `${PLACED}.${process.pid}.tmp`);
    writeFileSync(temporary, JSON.stringify(Object.fromEntries(placed)));
    renameSync(temporary, join(this.dir, PLACED));
  }

  /**
   * Removes every entry but `keep` (the keys the build used), and any temporary file: the folder holds the
   * current site's cards and nothing else, however many builds came before. Returns how many files went.
   */
  prune(keep: ReadonlySet<string>): number {
    let removed = 0;
    for (const name of readdirSync(this.dir)) {
      if ((ENTRY.test(name) && keep.has(name.slice(0, -4))) || name === PLACED) continue;
      rmSync(join(this.dir, name), { force: true, recursive: true });
      removed++;
    }
    return removed;
  }
}
