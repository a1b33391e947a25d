// `node scripts/profile-cards.ts [cards]`: where a social card's time goes, phase by phase, and how far its picture
// is from satori's own glyph outlines drawn by Skia's SVG renderer (the way the cards were drawn before, with resvg).
import { loadavg } from 'node:os';
import { deflateSync } from 'node:zlib';
import { cardTree } from '../src/lib/cards/layout.ts';
import { paintCard } from '../src/lib/cards/paint.ts';
import { encodeOpaquePng } from '../src/lib/cards/png.ts';
import { renderSvg } from '../src/lib/cards/render.ts';
import { splitSvg } from '../src/lib/cards/svg-text.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../src/lib/cards/types.ts';
import { variedCards } from '../tests/unit/cards/fixtures.ts';
import { meanDifference, outlinedPixels } from '../tests/unit/cards/outlined.ts';


const COUNT = Number(process.argv[2] ?? process.env.PROFILE_CARDS ?? 120);
const inputs = variedCards(COUNT);

const PHASES = ['element tree', 'satori: layout (text as <text>)', 'split SVG', 'paint: shapes and words', 'PNG (png.ts)'] as const;
type Phase = (typeof PHASES)[number];

/** This process's CPU time in ms: steadier than the clock on a shared machine, and every phase runs on this thread. */
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** One pass over the cards: mean CPU milliseconds per phase, and the mean PNG size. */
async function pass() {
  const times = new Map<Phase, number>(PHASES.map((p) => [p, 0]));
  let bytes = 0;
  for (const input of inputs) {
    let last = cpu();
    const lap = (phase: Phase) => {
      const now = cpu();
      times.set(phase, times.get(phase)! + now - last);
      last = now;
    };
    const tree = cardTree(input);
    lap('element tree');
    const svg = await renderSvg(tree);
    lap('satori: layout (text as <text>)');
    const split = splitSvg(svg);
    lap('split SVG');
    const pixels = paintCard(split);
    lap('paint: shapes and words');
    bytes += encodeOpaquePng(pixels, CARD_WIDTH, CARD_HEIGHT).length;
    lap('PNG (png.ts)');
  }
  return { ms: new Map(PHASES.map((p) => [p, times.get(p)! / COUNT])), bytes: bytes / COUNT };
}

console.log(`${COUNT} varied cards (every verdict and kind, quotes of 3 to 520 characters, 1 in 6 Cyrillic, Greek or Polish)`);
console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on this machine: absolute times vary\n`);

// A first pass loads the fonts and warms the JIT, as a worker's first cards do; it is not counted.
await pass();
const passes = [await pass(), await pass(), await pass()];
const total = (run: (typeof passes)[number]) => [...run.ms.values()].reduce((s, v) => s + v, 0);
const median = [...passes].sort((a, b) => total(a) - total(b))[1]!;
console.log(`${'phase (mean CPU ms per card, median of 3 passes)'.padEnd(52)}${'ms'.padStart(8)}${'share'.padStart(8)}`);
for (const phase of PHASES) {
  const ms = median.ms.get(phase)!;
  console.log(`${phase.padEnd(52)}${ms.toFixed(1).padStart(8)}${`${((100 * ms) / total(median)).toFixed(0)}%`.padStart(8)}`);
}
console.log(`${'total'.padEnd(52)}${total(median).toFixed(1).padStart(8)}\nPNG ${(median.bytes / 1024).toFixed(1)} kB a card`);

// The PNG's zlib level, on the painted pixels of the first cards: time and size.
const painted = [];
for (const input of inputs.slice(0, 20)) painted.push(Uint8Array.from(paintCard(splitSvg(await renderSvg(cardTree(input))))));
for (const level of [1, 3, 6]) {
  const start = cpu();
  let size = 0;
  for (const pixels of painted) size += deflateSync(pixels, { level }).length;
  console.log(`zlib level ${level} on RGBA rows: ${((cpu() - start) / painted.length).toFixed(1)} ms, ${(size / painted.length / 1024).toFixed(0)} kB a card`);
}

// The picture against satori's glyph outlines, drawn by Skia's SVG renderer: mean channel difference per pixel.
let worst = 0;
let sum = 0;
let outlineMs = 0;
for (const input of inputs) {
  const tree = cardTree(input);
  const ours = Uint8Array.from(paintCard(splitSvg(await renderSvg(tree))));
  const start = cpu();
  const reference = outlinedPixels(await renderSvg(tree, { embedFont: true }));
  outlineMs += cpu() - start;
  const mean = meanDifference(ours, reference);
  worst = Math.max(worst, mean);
  sum += mean;
}
console.log(`\nagainst satori's outlines drawn from SVG (${(outlineMs / COUNT).toFixed(1)} ms a card): mean difference ${(sum / COUNT).toFixed(2)} of 255 a pixel, worst card ${worst.toFixed(2)}`);
