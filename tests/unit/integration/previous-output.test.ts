// The previous build's output is moved out of the way at once and deleted beside the build.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { setAsidePreviousOutput } from '../../../src/integration/previous-output.ts';

const scratch = mkdtempSync(join(tmpdir(), 'previous-output-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function site(name: string, files: string[]): { outDir: string; cacheDir: string } {
  const outDir = join(scratch, name, 'dist');
  for (const file of files) {
    mkdirSync(join(outDir, file, '..'), { recursive: true });
    writeFileSync(join(outDir, file), file);
  }
  return { outDir, cacheDir: join(scratch, name, 'cache') };
}

describe('setAsidePreviousOutput', () => {
  it('leaves no output folder behind at once, and deletes the old site when its promise settles', async () => {
    const { outDir, cacheDir } = site('moved', ['index.html', 'articles/a/index.html', 'cards/a/b.png']);
    const deleted = setAsidePreviousOutput(outDir, cacheDir);
    expect(existsSync(outDir)).toBe(false);
    await deleted;
    expect(existsSync(join(cacheDir, 'discarded'))).toBe(false);
  });

  it('also deletes what an interrupted build left in the cache', async () => {
    const { outDir, cacheDir } = site('leftovers', ['index.html']);
    mkdirSync(join(cacheDir, 'discarded', 'from-an-earlier-build'), { recursive: true });
    await setAsidePreviousOutput(outDir, cacheDir);
    expect(existsSync(join(cacheDir, 'discarded'))).toBe(false);
  });

  it('moves nothing when there is no previous output', async () => {
    const { outDir, cacheDir } = site('first-build', []);
    await setAsidePreviousOutput(outDir, cacheDir);
    expect(existsSync(outDir)).toBe(false);
    expect(existsSync(cacheDir)).toBe(false);
  });

  it('leaves an output folder that holds a .git where it is, for Astro to empty', async () => {
    const { outDir, cacheDir } = site('git', ['index.html', '.git/HEAD']);
    await setAsidePreviousOutput(outDir, cacheDir);
    expect(readdirSync(outDir).sort()).toEqual(['.git', 'index.html']);
  });
});
