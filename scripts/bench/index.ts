// `npm run bench`: builds generated archives of 10, 100 and 1,000 annotated articles, clean and after one edit,
// against a plain Astro site of as many Markdown pages built in the same run, and prints one table.
// BENCH_SIZES=10,100 picks the sizes.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { editOneSummary, generateArchive, generatePlainSite } from './generate.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'node_modules/.bin');
const SIZES = (process.env.BENCH_SIZES ?? '10,100,1000').split(',').map(Number);
const WORK = join(ROOT, 'bench-output');

interface Run {
  seconds: number;
  /** Peak resident memory of the largest process, in MB. */
  peakMb: number;
  output: string;
}

/** Runs a command under GNU time; the build's own output is kept for the figures it prints. */
function run(args: string[], env: Record<string, string>): Run {
  const result = spawnSync('/usr/bin/time', ['-f', '@@%e %M', join(BIN, 'node'), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${output.slice(-4000)}`);
  const [seconds, kb] = /@@([\d.]+) (\d+)/.exec(output)!.slice(1).map(Number) as [number, number];
  return { seconds, peakMb: kb / 1024, output };
}

const build = (root: string) => run([join(BIN, 'astro'), 'build'], { CONTENT_ROOT: root, OUT_DIR: join(root, 'dist') });

/** The files under a folder whose name passes a test: the HTML pages, or every file a deploy uploads. */
function countFiles(dir: string, test: (name: string) => boolean): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? countFiles(join(dir, e.name), test) : test(e.name) ? 1 : 0), 0);
}

/** The seconds the build spent on social cards, as the integration reports them. */
const cardSeconds = (output: string) => Number(/social cards: .* in ([\d.]+) s/.exec(output)?.[1] ?? NaN);

/** The article page's weight: its HTML, and the CSS and JavaScript it loads, gzipped. */
function pageWeight(dist: string, page: string): string {
  const html = readFileSync(join(dist, page), 'utf8');
  const assets = [...html.matchAll(/(?:href|src)="\/(_astro\/[^"]+\.(?:css|js))"/g)].map((m) => m[1]!);
  const gz = (text: string | Buffer) => gzipSync(text).length / 1024;
  const css = assets.filter((a) => a.endsWith('.css')).reduce((n, a) => n + gz(readFileSync(join(dist, a))), 0);
  const js = assets.filter((a) => a.endsWith('.js')).reduce((n, a) => n + gz(readFileSync(join(dist, a))), 0);
  return `HTML ${gz(html).toFixed(1)} kB, CSS ${css.toFixed(1)} kB, JS ${js.toFixed(1)} kB gzipped`;
}

const rows: string[][] = [];
let weight = '';
mkdirSync(WORK, { recursive: true });
for (const size of SIZES) {
  const archive = join(WORK, `archive-${size}`);
  const plain = join(WORK, `plain-${size}`);
  rmSync(archive, { recursive: true, force: true });
  rmSync(plain, { recursive: true, force: true });
  generateArchive(archive, size);

  const check = run([join(ROOT, 'scripts/check.ts')], { CONTENT_ROOT: archive });
  const clean = build(archive);
  const pages = countFiles(join(archive, 'dist'), (name) => name.endsWith('.html'));
  const files = countFiles(join(archive, 'dist'), () => true);
  weight ||= pageWeight(join(archive, 'dist'), 'articles/story-0001/index.html');
  editOneSummary(archive);
  const edited = build(archive);

  generatePlainSite(plain, pages);
  const astro = run([join(BIN, 'astro'), 'build', '--root', plain], {});
  if (!existsSync(join(plain, 'dist'))) throw new Error('the plain site was not built');

  const ratio = (s: number) => `${(s / astro.seconds).toFixed(2)}x`;
  rows.push(
    [`${size} articles, clean`, `${pages}`, `${clean.seconds.toFixed(1)} s`, ratio(clean.seconds), `${(pages / clean.seconds).toFixed(0)}`, `${clean.peakMb.toFixed(0)} MB`, `${cardSeconds(clean.output).toFixed(1)} s`, `${(clean.seconds / size).toFixed(2)} s`, `${check.seconds.toFixed(2)} s`, `${files}`],
    [`${size} articles, one summary edited`, `${pages}`, `${edited.seconds.toFixed(1)} s`, ratio(edited.seconds), `${(pages / edited.seconds).toFixed(0)}`, `${edited.peakMb.toFixed(0)} MB`, `${cardSeconds(edited.output).toFixed(1)} s`, '', '', ''],
    [`plain Astro, ${pages} Markdown pages`, `${pages}`, `${astro.seconds.toFixed(1)} s`, '1', `${(pages / astro.seconds).toFixed(0)}`, `${astro.peakMb.toFixed(0)} MB`, '', '', '', ''],
  );
  rmSync(archive, { recursive: true, force: true });
  rmSync(plain, { recursive: true, force: true });
}

const header = ['build', 'pages', 'wall time', 'to plain Astro', 'pages/s', 'peak memory', 'cards', 'per article', 'npm run check', 'files in dist'];
const table = [header, header.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
console.log(`${table}\n\nArticle page of the archive: ${weight}.`);
rmSync(WORK, { recursive: true, force: true });
