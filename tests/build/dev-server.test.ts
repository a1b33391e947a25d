// `astro dev` shows an edit to an article or to its annotation file on the next request.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inheritedEnv, PROJECT_ROOT } from '../helpers/build.ts';
import { contentVariant } from '../helpers/content.ts';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Fetches a page until `accept` holds for its text, or the time is up. */
async function pageUntil(url: string, accept: (text: string) => boolean, seconds = 30): Promise<string> {
  let last = '';
  for (const deadline = Date.now() + seconds * 1000; Date.now() < deadline; ) {
    try {
      last = await (await fetch(url)).text();
      if (accept(last)) return last;
    } catch {
      // The server is still starting.
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return last;
}

describe('the development server', () => {
  let server: ChildProcess;
  let root: string;
  let url: string;
  let log = '';

  beforeAll(async () => {
    root = contentVariant('full');
    const port = await freePort();
    url = `http://127.0.0.1:${port}/articles/ferry-timetable/`;
    const bin = join(PROJECT_ROOT, 'node_modules/.bin');
    server = spawn(join(bin, 'node'), [join(bin, 'astro'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: PROJECT_ROOT,
      env: { ...inheritedEnv(), CONTENT_ROOT: root, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    server.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    await pageUntil(url, (text) => text.includes('every 20 minutes'), 60);
  });
  afterAll(() => {
    server?.kill();
  });

  const edit = (path: string, from: string, to: string) => {
    const file = join(root, path);
    writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
  };

  it('shows an edited annotation summary', async () => {
    edit('content/annotations/ferry-timetable.yaml', 'gives a 20-minute interval', 'gives a twenty-minute interval');
    expect(await pageUntil(url, (text) => text.includes('gives a twenty-minute interval'))).toContain('gives a twenty-minute interval');
  });

  it('shows an edited article text, still annotated', async () => {
    edit('content/articles/ferry-timetable.md', 'Night services end at midnight.', 'Night services end at one.');
    const page = await pageUntil(url, (text) => text.includes('Night services end at one.'));
    expect(page).toContain('Night services end at one.');
    expect(page).toContain('data-claims="ferry-frequency"');
  });

  it('reports a quote that an edit of the article broke', async () => {
    edit('content/articles/ferry-timetable.md', 'every 20 minutes', 'every 30 minutes');
    const page = await pageUntil(url, (text) => text.includes('<title>ContentError</title>'));
    expect(page).toContain('<title>ContentError</title>');
    expect(log).toContain('content/annotations/ferry-timetable.yaml:4:12  annotation "ferry-frequency", field "quote": the quote is not in the article\'s text  [quote-not-found]');
  });
});
