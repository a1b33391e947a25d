// `npm run bench`: times the check and the build of the sample and the fixture sites, and weighs their pages.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readContentFiles } from '../src/lib/content/read-files.ts';
import { drawFigure } from '../src/lib/figures/index.ts';
import { verifyContent } from '../src/lib/verify/index.ts';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'node_modules/.bin');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

const SITES = [
  { name: 'sample', content: ROOT, page: 'articles/north-korean-troops-kursk/index.html' },
  { name: 'fixture "full"', content: join(ROOT, 'tests/fixtures/full'), page: 'articles/harbour-bridge-budget/index.html' },
];

function timed(args: string[], env: Record<string, string>): number {
  const start = process.hrtime.bigint();
  const run = spawnSync(join(BIN, 'node'), args, { cwd: ROOT, env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' }, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed:\n${run.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function sizeOf(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => sum + (e.isDirectory() ? sizeOf(join(dir, e.name)) : statSync(join(dir, e.name)).size), 0);
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** Draws every figure of a site's content and reports, by type, the size of the drawing and the time taken. */
function benchFigures(contentRoot: string): void {
  const { site } = verifyContent(readContentFiles(contentRoot));
  const links = { claimInArticle: (id: string) => `#claim-${id}`, claimPermalink: (id: string) => `claims/${id}/` };
  const figures = site!.articles.flatMap((a) => a.figures.map((f) => f.figure));
  const time = () => {
    const start = process.hrtime.bigint();
    const drawn = figures.map((figure) => ({ figure, drawn: drawFigure(figure, links) }));
    return { drawn, ms: Number(process.hrtime.bigint() - start) / 1e6 };
  };
  // The first pass loads the land outlines of maps; a build pays it once.
  const cold = time();
  const { drawn, ms } = time();
  for (const { figure, drawn: d } of drawn) {
    console.log(`  figure ${figure.type.padEnd(8)} ${kB(d.graphic.length).padStart(9)} drawing, ${kB(d.dataTable?.length ?? 0).padStart(8)} data table  (${figure.id})`);
  }
  console.log(`  all ${figures.length} figures drawn in ${cold.ms.toFixed(0)} ms the first time, ${ms.toFixed(0)} ms again`);
}

for (const site of SITES) {
  // Inside the project, so that Astro keeps its intermediate build in the output folder.
  const outDir = mkdtempSync(join(ROOT, 'bench-'));
  const env = { CONTENT_ROOT: site.content, OUT_DIR: outDir };
  const check = median(Array.from({ length: RUNS }, () => timed([join(ROOT, 'scripts/check.ts')], env)));
  const build = median(Array.from({ length: RUNS }, () => timed([join(BIN, 'astro'), 'build', '--silent'], env)));
  const html = readFileSync(join(outDir, site.page));
  const assets = readdirSync(join(outDir, '_astro'));
  const weigh = (ext: string) => assets.filter((f) => f.endsWith(ext)).reduce((sum, f) => sum + gzipSync(readFileSync(join(outDir, '_astro', f))).length, 0);
  console.log(`${site.name} (median of ${RUNS} runs)`);
  console.log(`  npm run check      ${check.toFixed(2)} s`);
  console.log(`  astro build        ${build.toFixed(2)} s`);
  console.log(`  article page       ${kB(html.length)} (${kB(gzipSync(html).length)} gzipped)`);
  console.log(`  CSS, gzipped       ${kB(weigh('.css'))}`);
  console.log(`  JS, gzipped        ${kB(weigh('.js'))}`);
  console.log(`  dist/ in all       ${kB(sizeOf(outDir))}`);
  benchFigures(site.content);
  rmSync(outDir, { recursive: true, force: true });
}
