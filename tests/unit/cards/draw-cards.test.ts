// drawCards: every card written, from the cache when it can be, the same bytes cold or warm, on threads, processes or inline.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CardCache, cardKey } from '../../../src/lib/cards/cache.ts';
import { drawCards, type CardJob } from '../../../src/lib/cards/draw-cards.ts';
import { cardFace } from '../../../src/lib/cards/layout.ts';
import { runPool, workerFile } from '../../../src/lib/cards/pool.ts';
import { renderCard } from '../../../src/lib/cards/render.ts';
import { card, PROJECT_ROOT, variedCards } from './fixtures.ts';

const scratch = mkdtempSync(join(tmpdir(), 'cards-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let runs = 0;
/** A fresh output folder, and the jobs writing `inputs` into it as `<n>/<i>.png`. */
function jobsFor(inputs: CardJob['input'][]): { out: string; jobs: CardJob[] } {
  const out = join(scratch, `out-${runs++}`);
  return { out, jobs: inputs.map((input, i) => ({ input, file: join(out, `a${i % 3}`, `card-${i}.png`) })) };
}
const read = (jobs: CardJob[]) => jobs.map((job) => readFileSync(job.file));
// Compared by digest: a failed comparison of whole PNGs would print megabytes of bytes.
const digests = (jobs: CardJob[]) => read(jobs).map((png) => createHash('sha256').update(png).digest('hex'));
const inputs = variedCards(64);

describe('drawCards', () => {
  it('draws every card cold, copies every card warm, and writes the same bytes both times, those of renderCard', async () => {
    const cacheDir = join(scratch, 'cache-a');
    const cold = jobsFor(inputs);
    const first = await drawCards(cold.jobs, { cacheDir, workers: 2 });
    expect(first).toMatchObject({ cards: 64, drawn: 64, reused: 0, pruned: 0, workers: 2 });
    const warm = jobsFor(inputs);
    const second = await drawCards(warm.jobs, { cacheDir, workers: 2 });
    expect(second).toMatchObject({ cards: 64, drawn: 0, reused: 64, pruned: 0, workers: 0 });
    expect(digests(warm.jobs)).toEqual(digests(cold.jobs));
    for (const i of [0, 5, 17, 29, 63]) expect(read(cold.jobs)[i]!.equals(await renderCard(inputs[i]!)), `card ${i}`).toBe(true);
  });

  it('writes the same bytes from threads, child processes and the calling thread', async () => {
    const byKind = [];
    for (const options of [{ workers: 2, kind: 'threads' as const }, { workers: 2, kind: 'processes' as const }, { workers: 0 }]) {
      const run = jobsFor(inputs.slice(0, 40));
      const stats = await drawCards(run.jobs, { cacheDir: join(scratch, `cache-kind-${runs}`), ...options });
      expect(stats.drawn).toBe(40);
      byKind.push(digests(run.jobs));
    }
    expect(byKind[1]).toEqual(byKind[0]);
    expect(byKind[2]).toEqual(byKind[0]);
  });

  it('leaves a file that already holds its card, and writes again one whose card changed or that is gone', async () => {
    const cacheDir = join(scratch, 'cache-placed');
    const run = jobsFor(inputs.slice(0, 6));
    await drawCards(run.jobs, { cacheDir, workers: 0 });
    const written = run.jobs.map((job) => statSync(job.file, { bigint: true }).mtimeNs);
    const changed = card({ verdict: 'contradicted', quote: 'A quote edited after the first build.', summary: 'Changed.' });
    const again = run.jobs.map((job, i) => (i === 1 ? { ...job, input: changed } : job));
    rmSync(run.jobs[2]!.file);
    await drawCards(again, { cacheDir, workers: 0 });
    const after = run.jobs.map((job) => statSync(job.file, { bigint: true }).mtimeNs);
    expect(after.map((time, i) => time === written[i])).toEqual([true, false, false, true, true, true]);
    expect(readFileSync(run.jobs[1]!.file).equals(await renderCard(changed))).toBe(true);
    expect(readFileSync(run.jobs[2]!.file).equals(await renderCard(inputs[2]!))).toBe(true);
  });

  it('draws a card shown twice once, and writes it to both files', async () => {
    const same = card({ verdict: 'mixed', quote: 'Thousands of soldiers arrived.', summary: 'Fewer did.' });
    const run = jobsFor([same, structuredClone(same), card({ verdict: 'supported', quote: 'Ta.', summary: 'Yes.' })]);
    const stats = await drawCards(run.jobs, { cacheDir: join(scratch, 'cache-twice'), workers: 0 });
    expect(stats).toMatchObject({ cards: 3, drawn: 2, reused: 0 });
    const [a, b, c] = read(run.jobs);
    expect(a!.equals(b!)).toBe(true);
    expect(a!.equals(c!)).toBe(false);
  });

  it('keeps the current cards in the cache and removes the others, and half-written files', async () => {
    const cacheDir = join(scratch, 'cache-prune');
    const before = [card({ verdict: 'mixed', quote: 'One.', summary: 'First.' }), card({ verdict: 'mixed', quote: 'Two.', summary: 'Second.' })];
    await drawCards(jobsFor(before).jobs, { cacheDir, workers: 0 });
    writeFileSync(join(cacheDir, 'x.png.123-abc.tmp'), 'half');
    const after = [before[0]!, card({ verdict: 'mixed', quote: 'Two.', summary: 'Second, edited.' })];
    const stats = await drawCards(jobsFor(after).jobs, { cacheDir, workers: 0 });
    expect(stats).toMatchObject({ drawn: 1, reused: 1, pruned: 2 });
    // Beside the cards, the record of which card each written file holds.
    expect(readdirSync(cacheDir).sort()).toEqual([...after.map((input) => `${cardKey(cardFace(input))}.png`), 'placed.json'].sort());

    const kept = await drawCards(jobsFor([before[1]!]).jobs, { cacheDir, workers: 0, prune: false });
    expect(kept.pruned).toBe(0);
    expect(readdirSync(cacheDir)).toHaveLength(4);
  });

  it('keys a card by what it shows: not by input it does not show, and anew when a shown word changes', () => {
    const base = card({ verdict: 'mixed', quote: 'One.', summary: 'First.' });
    const unseen = structuredClone(base);
    unseen.annotation.quote.before = 'Other words before the quote, which the card does not show.';
    expect(cardKey(cardFace(unseen))).toBe(cardKey(cardFace(base)));
    expect(cardKey(cardFace(card({ verdict: 'contradicted', quote: 'One.', summary: 'First.' })))).not.toBe(cardKey(cardFace(base)));
    expect(cardKey(cardFace(card({ verdict: 'mixed', quote: 'One!', summary: 'First.' })))).not.toBe(cardKey(cardFace(base)));
  });

  it('fails with the cause when a card cannot be written, and stops its workers', async () => {
    const blocked = join(scratch, 'not-a-folder');
    writeFileSync(blocked, '');
    const face = cardFace(inputs[0]!);
    const task = { id: 0, face, key: cardKey(face), cacheDir: join(scratch, 'cache-fail'), files: [join(blocked, 'card.png')] };
    await expect(runPool([task, { ...task, id: 1 }], { size: 2, kind: 'threads' })).rejects.toThrow(/could not be drawn.*(ENOTDIR|EEXIST)/s);
  });
});

describe('the worker file', () => {
  it('is found from the project root, wherever the caller was loaded from', () => {
    expect(workerFile()).toBe(join(PROJECT_ROOT, 'src/lib/cards/worker.ts'));
    expect(existsSync(workerFile())).toBe(true);
    expect(new CardCache(join(scratch, 'cache-x')).file('k')).toBe(join(scratch, 'cache-x', 'k.png'));
  });
});
