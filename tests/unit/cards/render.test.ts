// The card as a PNG: its signature and size, the same bytes every time and in every process.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderCard } from '../../../src/lib/cards/render.ts';
import { card, PROJECT_ROOT } from './fixtures.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the IHDR chunk, which must come first. */
function ihdr(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect(new TextDecoder().decode(png.slice(12, 16))).toBe('IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const long = card({
  verdict: 'mixed',
  quote: 'The governments of South Korea and Ukraine have been warning for weeks that thousands of North Koreans are training with Russian soldiers, with Ukraine putting the number at 12,000.',
  summary: 'South Korea warned from 8 October and put the deployment at about 12,000 on 18 October; Ukrainian figures rose from 10,000 to about 12,000 by 24 October, the upper figure the original cites.',
});

describe('renderCard', () => {
  it('gives a 1200×630 PNG', () => {
    const png = renderCard(long);
    expect([...png.slice(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(ihdr(png)).toEqual({ width: 1200, height: 630 });
    expect(png.length).toBeGreaterThan(10_000);
    expect(png.length).toBeLessThan(300_000);
  });

  it('gives the same bytes for the same input, and other bytes for another', () => {
    const [a, b] = [renderCard(long), renderCard(long)];
    expect(sha256(b)).toBe(sha256(a));
    const other = renderCard(card({ verdict: 'supported', quote: 'Ta.', summary: 'A stray word.' }));
    expect(sha256(other)).not.toBe(sha256(a));
  });

  it('gives the same bytes in a fresh process', () => {
    const here = sha256(renderCard(long));
    const script = `
      import { createHash } from 'node:crypto';
      import { renderCard } from ${JSON.stringify(join(PROJECT_ROOT, 'src/lib/cards/render.ts'))};
      const png = renderCard(JSON.parse(process.argv[1]));
      process.stdout.write(createHash('sha256').update(png).digest('hex'));`;
    const child = spawnSync(join(PROJECT_ROOT, 'node_modules/.bin/node'), ['--input-type=module', '-e', script, JSON.stringify(long)], { encoding: 'utf8', cwd: PROJECT_ROOT });
    expect(child.stderr).toBe('');
    expect(child.stdout).toBe(here);
  });
});
