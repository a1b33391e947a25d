// `npm run bench:figures`: the size and drawing time of every figure of the sample and of the fixture site "full".
import { join, resolve } from 'node:path';
import { readContentFiles } from '../../src/lib/content/read-files.ts';
import { drawFigure } from '../../src/lib/figures/index.ts';
import { verifyContent } from '../../src/lib/verify/index.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

for (const [name, root] of [['sample', ROOT], ['fixture "full"', join(ROOT, 'tests/fixtures/full')]] as const) {
  const { site } = verifyContent(readContentFiles(root));
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
  console.log(name);
  for (const { figure, drawn: d } of drawn) {
    console.log(`  figure ${figure.type.padEnd(8)} ${kB(d.graphic.length).padStart(9)} drawing, ${kB(d.dataTable?.length ?? 0).padStart(8)} data table  (${figure.id})`);
  }
  console.log(`  all ${figures.length} figures drawn in ${cold.ms.toFixed(0)} ms the first time, ${ms.toFixed(0)} ms again`);
}
