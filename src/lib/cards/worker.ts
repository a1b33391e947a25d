// The entry of a card-drawing worker, a thread or a child process: draws each task it is sent and answers with its result.
// Only pool.ts starts it, with a marker; loaded any other way (a test runner's child process) it does nothing.
import { parentPort, workerData } from 'node:worker_threads';
import { drawTask, type DrawTask } from './draw-task.ts';
import { WORKER_MARKER } from './pool.ts';

if (parentPort && workerData === WORKER_MARKER) {
  const port = parentPort;
  port.on('message', (task: DrawTask) => port.postMessage(drawTask(task)));
} else if (process.send && process.argv.includes(WORKER_MARKER)) {
  process.on('message', (task: DrawTask) => process.send!(drawTask(task)));
}
