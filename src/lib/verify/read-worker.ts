// The worker thread of the parallel verification: it reads the YAML of article units until none is left, and sends it back.
import { enableCompileCache } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { ReadWork } from './parallel.ts';

const work = workerData as ReadWork;
if (work.compileCacheDir) enableCompileCache(work.compileCacheDir);
// Imported once the compile cache is on, so that the reading modules load from it.
const [{ readUnit }, { readUnits }] = await Promise.all([import('./files.ts'), import('./parallel.ts')]);
parentPort!.postMessage(readUnits(work, readUnit));
