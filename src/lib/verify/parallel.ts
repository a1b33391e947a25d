// The verification shared between two kinds of work on two threads: a worker reads the YAML while this thread renders the Markdown.
import { getCompileCacheDir } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ContentFile } from '../content/read-files.ts';
import type { UnitRead } from './files.ts';
import type { Verification } from './index.ts';
import { planContent, type ArticleUnitFiles } from './plan.ts';

/** What a reading thread is given. */
export interface ReadWork {
  units: ArticleUnitFiles[];
  /** The index of the next unit to read, shared by the threads that read. */
  next: Int32Array;
  /** The compile cache of the process that started the worker, which a thread does not inherit. */
  compileCacheDir: string | undefined;
}

/** Reads the units that no thread has taken yet, in turn, and returns them by their index. */
export function readUnits(work: Pick<ReadWork, 'units' | 'next'>, read: (unit: ArticleUnitFiles) => UnitRead): [number, UnitRead][] {
  const done: [number, UnitRead][] = [];
  for (let i = Atomics.add(work.next, 0, 1); i < work.units.length; i = Atomics.add(work.next, 0, 1)) done.push([i, read(work.units[i]!)]);
  return done;
}

function startReader(work: ReadWork): Promise<[number, UnitRead][]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./read-worker.ts', import.meta.url), { workerData: work });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the thread reading the content stopped (exit code ${code}) before it returned`)));
  });
}

// A worker costs about as much as reading this many units (its own start, and the modules it loads, which this
// thread loads too): below it, one thread is faster (measured on 2 cores: 10 units 0.27 s alone, 0.31 s with a
// worker; 40 units 0.43 s and 0.42 s; 100 units 0.73 s and 0.61 s).
const UNITS_FOR_A_WORKER = 50;

export interface ParallelOptions {
  /** Whether a worker thread reads the YAML; by default, when the machine has a second core and the content is large enough. */
  worker?: boolean;
  /** Whether this thread reads units too once its Markdown is done (the default); tests leave them all to the worker. */
  readHere?: boolean;
}

/**
 * Verifies the content as `verifyContent` does, with the same result. The two halves of the work on a unit, its YAML
 * (yaml, zod) and its article's Markdown (unified), need different modules: on two threads, each thread loads and
 * warms up only its half, where sharing out whole units would make both threads load and warm up everything.
 */
export async function verifyContentInParallel(files: readonly ContentFile[], options: ParallelOptions = {}): Promise<Verification> {
  const plan = planContent(files);
  const work: ReadWork = { units: plan.units, next: new Int32Array(new SharedArrayBuffer(4)), compileCacheDir: getCompileCacheDir() };
  const worker = (options.worker ?? (availableParallelism() > 1 && plan.units.length >= UNITS_FOR_A_WORKER)) && plan.units.length > 0 ? startReader(work) : undefined;
  const { articleBody } = await import('./article-body.ts');
  // An article whose frontmatter turns out to have problems is rendered for nothing, which only a faulty content pays.
  const bodies = plan.units.map((unit) => unit.article && articleBody(unit.article));
  const [{ readUnit }, { completeUnit }, { completeVerification }] = await Promise.all([import('./files.ts'), import('./article-unit.ts'), import('./index.ts')]);
  // The YAML left unread when the Markdown is done is shared with the worker.
  const read: UnitRead[] = [];
  if (options.readHere !== false || !worker) for (const [i, unit] of readUnits(work, readUnit)) read[i] = unit;
  for (const [i, unit] of (await worker) ?? []) read[i] = unit;
  return completeVerification(plan, plan.units.map((unit, i) => completeUnit(unit, read[i]!, read[i]!.article ? bodies[i] : undefined)));
}
