// The output folder kept between builds: what a build did not make goes, what it made or kept stays.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { beginBuild, endBuild, removeStaleFiles } from '../../../src/integration/kept-output.ts';

const scratch = mkdtempSync(join(tmpdir(), 'kept-output-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let folders = 0;
/** Writes files under a new folder, each `seconds` old, and returns the folder. */
function folderWith(files: Record<string, number>): string {
  const dir = join(scratch, `out-${folders++}`);
  for (const [path, age] of Object.entries(files)) {
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, path);
    const time = new Date(Date.now() - age * 1000);
    utimesSync(file, time, time);
  }
  return dir;
}

/** Every file under a folder, relative to it, sorted. */
const filesIn = (dir: string) => (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
  .filter((entry) => entry.isFile())
  .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
  .sort();

describe('removeStaleFiles', () => {
  it('removes the files neither written since the build began nor kept, and the folders they leave empty', () => {
    const dir = folderWith({
      'index.html': 60,
      'articles/kept/index.html': 60,
      'articles/removed/index.html': 60,
      'articles/removed/claims/a/index.html': 60,
      '_astro/old.abc.css': 60,
      '_astro/new.def.css': 0,
      'cards/kept/a.png': 60,
    });
    const since = Date.now() - 10_000;
    const keep = new Set(['index.html', 'articles/kept/index.html', 'cards/kept/a.png'].map((path) => join(dir, path)));
    expect(removeStaleFiles(dir, keep, since)).toBe(3);
    expect(filesIn(dir)).toEqual(['_astro/new.def.css', 'articles/kept/index.html', 'cards/kept/a.png', 'index.html']);
    expect(existsSync(join(dir, 'articles/removed'))).toBe(false);
  });

  it('leaves a repository at the root of the output, as Astro does', () => {
    const dir = folderWith({ '.git/HEAD': 60, 'old.html': 60 });
    expect(removeStaleFiles(dir, new Set(), Date.now())).toBe(1);
    expect(filesIn(dir)).toEqual(['.git/HEAD']);
  });

  it('leaves a top-level folder that another step writes anew', () => {
    const dir = folderWith({ 'pagefind/fragment/old.pf_fragment': 60, 'old.html': 60 });
    expect(removeStaleFiles(dir, new Set(), Date.now(), new Set(['pagefind']))).toBe(1);
    expect(filesIn(dir)).toEqual(['pagefind/fragment/old.pf_fragment']);
  });

  it('does nothing for a folder that does not exist', () => {
    expect(removeStaleFiles(join(scratch, 'nowhere'), new Set(), Date.now())).toBe(0);
  });
});

describe('beginBuild', () => {
  /** An output folder as a finished build leaves it: a page, and the search index every build writes anew. */
  const builtFolder = () => folderWith({ 'index.html': 60, 'pagefind/pagefind.js': 60 });
  const files = (dir: string) => (existsSync(dir) ? filesIn(dir) : []);
  /** A build with this cache: begun, its files written, ended. */
  const build = (dir: string, cacheDir: string) => {
    beginBuild(dir, cacheDir, 'pagefind');
    mkdirSync(join(dir, 'pagefind'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), 'page');
    writeFileSync(join(dir, 'pagefind/pagefind.js'), 'index');
    endBuild(dir, cacheDir, 'pagefind');
  };

  it('keeps the output of the last build made with this cache, and empties that of a build that never ended', () => {
    const cacheDir = join(scratch, 'cache');
    const dir = builtFolder();
    build(dir, cacheDir);
    const began = beginBuild(dir, cacheDir, 'pagefind');
    expect(began).toBeGreaterThan(Date.now() - 60_000);
    expect(files(dir)).toEqual(['index.html', 'pagefind/pagefind.js']);
    // The build begun above was stopped before it ended: the next finds its output untrustworthy.
    beginBuild(dir, cacheDir, 'pagefind');
    expect(files(dir)).toEqual([]);
  });

  it('empties a folder this cache never built, and one another build wrote since', () => {
    const cacheDir = join(scratch, 'cache-other');
    const never = builtFolder();
    beginBuild(never, cacheDir, 'pagefind');
    expect(files(never)).toEqual([]);

    const dir = builtFolder();
    const elsewhere = join(scratch, 'cache-elsewhere');
    build(dir, elsewhere);
    // Another content folder's build, with a cache of its own, writes the same output and its search index anew.
    rmSync(join(dir, 'pagefind'), { recursive: true });
    mkdirSync(join(dir, 'pagefind'));
    utimesSync(join(dir, 'pagefind'), new Date(Date.now() + 5000), new Date(Date.now() + 5000));
    beginBuild(dir, elsewhere, 'pagefind');
    expect(files(dir)).toEqual([]);
  });

  it('marks each output folder on its own', () => {
    const cacheDir = join(scratch, 'cache-two');
    const one = builtFolder();
    const two = builtFolder();
    build(one, cacheDir);
    build(two, cacheDir);
    beginBuild(one, cacheDir, 'pagefind');
    beginBuild(two, cacheDir, 'pagefind');
    expect([files(one), files(two)]).toEqual([['index.html', 'pagefind/pagefind.js'], ['index.html', 'pagefind/pagefind.js']]);
  });
});
