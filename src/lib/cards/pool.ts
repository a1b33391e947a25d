// A pool of card-drawing workers, threads or child processes, started from the project's source files.
import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DrawResult, DrawTask } from './draw-task.ts';
import { projectFile } from './files.ts';

/** Marks a thread or process as a card worker, so that worker.ts never acts as one elsewhere. */
export const WORKER_MARKER = '--annotated-news-card-worker';

/**
 * The worker's entry, from the project's source: the calling module may be bundled elsewhere (Astro loads the
 * integration through its config loader), where no path relative to it leads to worker.ts.
 */
export const workerFile = () => projectFile('src/lib/cards/worker.ts');

export type PoolKind = 'threads' | 'processes';

/** One worker: a thread or a child process, behind the same calls. */
interface Runner {
  send(task: DrawTask): void;
  onMessage(listener: (result: DrawResult) => void): void;
  onExit(listener: (error: Error) => void): void;
  stop(): Promise<void>;
}

function threadRunner(file: string): Runner {
  const worker = new Worker(file, { workerData: WORKER_MARKER });
  return {
    send: (task) => worker.postMessage(task),
    onMessage: (listener) => worker.on('message', listener),
    onExit: (listener) => {
      worker.on('error', listener);
      worker.on('exit', (code) => listener(new Error(`card worker thread stopped (exit code ${code})`)));
    },
    stop: async () => void (await worker.terminate()),
  };
}

function processRunner(file: string): Runner {
  // `advanced` serialisation is the structured clone threads use, so a task crosses unchanged.
  const child: ChildProcess = fork(file, [WORKER_MARKER], { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return {
    send: (task) => child.send(task),
    onMessage: (listener) => child.on('message', (message) => listener(message as DrawResult)),
    onExit: (listener) => {
      child.on('error', listener);
      child.on('exit', (code, signal) => listener(new Error(`card worker process stopped (${signal ?? `exit code ${code}`})`)));
    },
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
    },
  };
}

/** The number of workers: one per core, as drawing a card is pure computation. */
export const defaultWorkers = () => availableParallelism();

/**
 * Runs every task on `size` workers, each given its next task as it answers the last, and resolves with the
 * results in task order. The first failure (a card that throws, a worker that dies) stops them all and rejects.
 */
export async function runPool(tasks: DrawTask[], options: { size: number; kind: PoolKind }): Promise<DrawResult[]> {
  const file = workerFile();
  const size = Math.max(1, Math.min(options.size, tasks.length));
  const runners = Array.from({ length: size }, () => (options.kind === 'processes' ? processRunner(file) : threadRunner(file)));
  const results = new Map<number, DrawResult>();
  let next = 0;
  let finished = false;
  try {
    await new Promise<void>((resolve, reject) => {
      const fail = (error: Error) => {
        if (finished) return;
        finished = true;
        reject(error);
      };
      const feed = (runner: Runner) => {
        if (next < tasks.length) runner.send(tasks[next++]!);
      };
      for (const runner of runners) {
        runner.onMessage((result) => {
          if (finished) return;
          if (!result.ok) return fail(new Error(`a social card could not be drawn: ${result.error}`));
          results.set(result.id, result);
          if (results.size === tasks.length) {
            finished = true;
            resolve();
          } else feed(runner);
        });
        runner.onExit(fail);
        feed(runner);
      }
      if (tasks.length === 0) resolve();
    });
  } finally {
    finished = true;
    await Promise.all(runners.map((runner) => runner.stop()));
  }
  return tasks.map((task) => results.get(task.id)!);
}
