// `node scripts/profile-cards.ts [cards]`: where a social card's time goes, phase by phase, before and after this
// renderer's cuts, and whether its pictures are those of main's renderer, pixel for pixel.
import { loadavg } from 'node:os';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { cardFonts, fontsFor } from '../src/lib/cards/fonts.ts';
import { cardTree } from '../src/lib/cards/layout.ts';
import { encodeOpaquePng } from '../src/lib/cards/png.ts';
import { RESVG_OPTIONS, renderCard } from '../src/lib/cards/render.ts';
import { CARD_HEIGHT, CARD_WIDTH, treeText, type SatoriNode } from '../src/lib/cards/types.ts';
import { baseRenderer } from '../tests/unit/cards/base-renderer.ts';
import { decodePng, differingPixels } from '../tests/unit/cards/decode-png.ts';
import { variedCards } from '../tests/unit/cards/fixtures.ts';

const COUNT = Number(process.argv[2] ?? process.env.PROFILE_CARDS ?? 120);
const inputs = variedCards(COUNT);
const svgOf = (tree: SatoriNode, fonts: ReturnType<typeof cardFonts>) =>
  satori(tree as never, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts, embedFont: true });

type Phase = 'element tree' | 'satori: layout + glyph outlines' | 'resvg: parse SVG' | 'resvg: rasterise' | 'PNG: resvg encoder (RGBA)' | 'PNG: indexed colour (png.ts)';
const PHASES: Phase[] = ['element tree', 'satori: layout + glyph outlines', 'resvg: parse SVG', 'resvg: rasterise', 'PNG: resvg encoder (RGBA)', 'PNG: indexed colour (png.ts)'];

/** This process's CPU time in ms: steadier than the clock on a shared machine, and every phase runs on this thread. */
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** One pass over the cards: CPU milliseconds per phase per card, and the SVG and PNG sizes. */
async function pass(fontsOf: (tree: SatoriNode) => ReturnType<typeof cardFonts>) {
  const times = new Map<Phase, number[]>(PHASES.map((p) => [p, []]));
  const sizes = { svg: 0, rgba: 0, indexed: 0 };
  for (const input of inputs) {
    let last = cpu();
    const lap = (phase: Phase) => {
      const now = cpu();
      times.get(phase)!.push(now - last);
      last = now;
    };
    const tree = cardTree(input);
    lap('element tree');
    const svg = await svgOf(tree, fontsOf(tree));
    lap('satori: layout + glyph outlines');
    const resvg = new Resvg(svg, RESVG_OPTIONS);
    lap('resvg: parse SVG');
    const image = resvg.render();
    lap('resvg: rasterise');
    const rgba = image.asPng();
    lap('PNG: resvg encoder (RGBA)');
    const indexed = encodeOpaquePng(image.pixels, image.width, image.height)!;
    lap('PNG: indexed colour (png.ts)');
    sizes.svg += svg.length;
    sizes.rgba += rgba.length;
    sizes.indexed += indexed.length;
  }
  const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;
  return { ms: new Map(PHASES.map((p) => [p, mean(times.get(p)!)])), sizes };
}

const pad = (text: string, width: number) => text.padEnd(width);
const num = (value: number, width = 9) => value.toFixed(1).padStart(width);

console.log(`${COUNT} varied cards (every verdict and kind, quotes of 3 to 520 characters, 1 in 6 Cyrillic, Greek or Polish)`);
console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on this machine: absolute times vary, compare rows\n`);

// A first pass parses the fonts and warms the JIT, as a worker's first cards do; it is not counted.
await pass((tree) => fontsFor(treeText(tree).join('')));
// Before and after in turns, three times each, so that the machine's load weighs on both alike; the median pass is kept.
const runs: { all: Awaited<ReturnType<typeof pass>>[]; subsets: Awaited<ReturnType<typeof pass>>[] } = { all: [], subsets: [] };
for (let round = 0; round < 3; round++) {
  runs.all.push(await pass(() => cardFonts()));
  runs.subsets.push(await pass((tree) => fontsFor(treeText(tree).join(''))));
}
const sum = (run: Awaited<ReturnType<typeof pass>>) => [...run.ms.values()].reduce((s, v) => s + v, 0);
const median = (list: Awaited<ReturnType<typeof pass>>[]) => [...list].sort((a, b) => sum(a) - sum(b))[1]!;
const all = median(runs.all);
const subsets = median(runs.subsets);

const before = ['element tree', 'satori: layout + glyph outlines', 'resvg: parse SVG', 'resvg: rasterise', 'PNG: resvg encoder (RGBA)'] as Phase[];
const after = ['element tree', 'satori: layout + glyph outlines', 'resvg: parse SVG', 'resvg: rasterise', 'PNG: indexed colour (png.ts)'] as Phase[];
const total = (run: typeof all, phases: Phase[]) => phases.reduce((s, p) => s + run.ms.get(p)!, 0);
const beforeTotal = total(all, before);
const afterTotal = total(subsets, after);

console.log(`${pad('phase (mean CPU ms per card)', 36)}${'before'.padStart(9)}${'share'.padStart(8)}${'after'.padStart(9)}${'share'.padStart(8)}`);
for (const phase of PHASES) {
  const was = before.includes(phase) ? all.ms.get(phase)! : null;
  const now = after.includes(phase) ? subsets.ms.get(phase)! : null;
  const cell = (value: number | null, of: number) => (value === null ? ''.padStart(17) : `${num(value)}${`${((100 * value) / of).toFixed(0)}%`.padStart(8)}`);
  console.log(`${pad(phase, 36)}${cell(was, beforeTotal)}${cell(now, afterTotal)}`);
}
console.log(`${pad('total', 36)}${num(beforeTotal)}${''.padStart(8)}${num(afterTotal)}`);
console.log(`\nbefore: all 20 fonts, resvg's PNG encoder (main); after: the text's font subsets, indexed-colour PNG (this branch)`);
console.log(`SVG ${(all.sizes.svg / COUNT / 1024).toFixed(0)} kB; PNG ${(all.sizes.rgba / COUNT / 1024).toFixed(1)} kB RGBA, ${(subsets.sizes.indexed / COUNT / 1024).toFixed(1)} kB indexed (mean per card)`);

// The pictures: this renderer's PNGs against main's, decoded and compared pixel by pixel.
const base = await baseRenderer();
try {
  let differ = 0;
  let worst = 0;
  for (const input of inputs) {
    const d = differingPixels(decodePng(await base.renderCard(input)), decodePng(await renderCard(input)));
    if (d > 0) differ++;
    worst = Math.max(worst, d);
  }
  console.log(`\npictures: ${COUNT} cards compared with ${base.ref} (${base.commit}): ${differ} differ (most differing pixels in one card: ${worst})`);
} finally {
  base.dispose();
}
