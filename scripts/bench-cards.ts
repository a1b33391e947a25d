// `node scripts/bench-cards.ts [cards]`: a site's social cards drawn by drawCards in each way it can: one thread,
// worker threads, child processes, and from a warm cache.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { drawCards, type CardJob, type DrawCardsOptions } from '../src/lib/cards/draw-cards.ts';
import { variedCards } from '../tests/unit/cards/fixtures.ts';

const COUNT = Number(process.argv[2] ?? process.env.BENCH_CARDS ?? 1363);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const inputs = variedCards(COUNT);
const scratch = mkdtempSync(join(tmpdir(), 'bench-cards-'));

let runs = 0;
/** A fresh output folder, with the cards at the site's addresses: `cards/<article>/<claim>.png`, ten a article. */
function jobs(): { out: string; jobs: CardJob[] } {
  const out = join(scratch, `out-${runs++}`);
  return { out, jobs: inputs.map((input, i) => ({ input, file: join(out, 'cards', `article-${Math.floor(i / 10)}`, `claim-${i}.png`) })) };
}

interface Variant {
  name: string;
  /** Whether its work is all in this process (its CPU time then counts it all; child processes' does not show). */
  inProcess: boolean;
  /** Draws into fresh output folders; returns the seconds taken and the jobs written. */
  run: () => Promise<{ seconds: number; cpu: number; written: CardJob[] }>;
}

/** This process's CPU seconds, all its threads. */
const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

/** Wall-clock and CPU seconds of `work`. */
const timed = async (work: () => Promise<unknown>) => {
  const [start, cpu] = [performance.now(), cpuNow()];
  await work();
  return { seconds: (performance.now() - start) / 1000, cpu: cpuNow() - cpu };
};

const withDrawCards = (name: string, options: Omit<DrawCardsOptions, 'cacheDir'>, cache: 'cold' | 'warm'): Variant => ({
  name,
  inProcess: options.kind !== 'processes',
  run: async () => {
    const cacheDir = join(scratch, `cache-${runs}`);
    if (cache === 'warm') await drawCards(jobs().jobs, { cacheDir, ...options });
    const { jobs: written } = jobs();
    return { ...(await timed(() => drawCards(written, { cacheDir, ...options }))), written };
  },
});

const cores = availableParallelism();
const variants: Variant[] = [
  withDrawCards('1 thread, cold cache', { workers: 0 }, 'cold'),
  withDrawCards(`pool: ${cores} worker threads, cold cache`, { kind: 'threads' }, 'cold'),
  withDrawCards(`pool: ${cores} child processes, cold cache`, { kind: 'processes' }, 'cold'),
  withDrawCards(`pool: warm cache (${cores} threads if needed)`, { kind: 'threads' }, 'warm'),
];

console.log(`${COUNT} varied cards, ${RUNS} runs of each (in turns), ${cores} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
const seconds = new Map<Variant, number[]>(variants.map((v) => [v, []]));
const cpuSeconds = new Map<Variant, number[]>(variants.map((v) => [v, []]));
const outputs = new Map<Variant, Buffer[]>();
try {
  for (let round = 0; round < RUNS; round++) {
    for (const variant of variants) {
      const { seconds: s, cpu, written } = await variant.run();
      seconds.get(variant)!.push(s);
      cpuSeconds.get(variant)!.push(cpu);
      if (round === 0) outputs.set(variant, written.map((job) => readFileSync(job.file)));
      rmSync(join(scratch), { recursive: true, force: true });
      mkdirSync(scratch, { recursive: true });
      process.stderr.write(`  round ${round + 1}: ${variant.name}: ${s.toFixed(1)} s, load ${loadavg()[0]!.toFixed(1)}\n`);
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const one = median(seconds.get(variants[0]!)!);
console.log(`${'way'.padEnd(52)}${'median s'.padStart(10)}${'cards/s'.padStart(10)}${'vs 1'.padStart(9)}${'CPU s'.padStart(8)}   runs (s)`);
for (const variant of variants) {
  const m = median(seconds.get(variant)!);
  const all = seconds.get(variant)!.map((s) => s.toFixed(1)).join(' ');
  const cpu = variant.inProcess ? median(cpuSeconds.get(variant)!).toFixed(1) : '—';
  console.log(`${variant.name.padEnd(52)}${m.toFixed(2).padStart(10)}${(COUNT / m).toFixed(1).padStart(10)}${`${(one / m).toFixed(1)}×`.padStart(9)}${cpu.padStart(8)}   ${all}`);
}
console.log(`(CPU s: this process's, all threads; child processes' CPU is not counted, hence —. The machine is shared: wall times move with its load.)`);

// Every way must write the same bytes, whatever the workers or the cache.
const reference = outputs.get(variants[0]!)!;
const same = variants.slice(1).every((v) => outputs.get(v)!.every((png, i) => png.equals(reference[i]!)));
console.log(`\nbyte-identical to each other (one thread, threads, processes, warm cache): ${same ? 'yes' : 'NO'}`);
