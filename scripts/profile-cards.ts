// `node scripts/profile-cards.ts [cards]`: where a social card's time goes, phase by phase, and what zlib's level
// would change in the PNG's time and size.
import { loadavg } from 'node:os';
import { deflateSync } from 'node:zlib';
import { cardFace, layoutCard } from '../src/lib/cards/layout.ts';
import { cardMeasure, paintCard } from '../src/lib/cards/paint.ts';
import { encodeOpaquePng } from '../src/lib/cards/png.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../src/lib/cards/types.ts';
import { variedCards } from '../tests/unit/cards/fixtures.ts';

const COUNT = Number(process.argv[2] ?? process.env.PROFILE_CARDS ?? 120);
const inputs = variedCards(COUNT);

const PHASES = ['face: words fitted, colours', 'layout: lines measured by Skia', 'paint: shapes and lines', 'PNG (png.ts)'] as const;
type Phase = (typeof PHASES)[number];

/** This process's CPU time in ms: steadier than the clock on a shared machine, and every phase runs on this thread. */
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** One pass over the cards: mean CPU milliseconds per phase, and the mean PNG size. */
function pass() {
  const times = new Map<Phase, number>(PHASES.map((p) => [p, 0]));
  let bytes = 0;
  for (const input of inputs) {
    let last = cpu();
    const lap = (phase: Phase) => {
      const now = cpu();
      times.set(phase, times.get(phase)! + now - last);
      last = now;
    };
    const face = cardFace(input);
    lap('face: words fitted, colours');
    const drawing = layoutCard(face, cardMeasure);
    lap('layout: lines measured by Skia');
    const pixels = paintCard(drawing);
    lap('paint: shapes and lines');
    bytes += encodeOpaquePng(pixels, CARD_WIDTH, CARD_HEIGHT).length;
    lap('PNG (png.ts)');
  }
  return { ms: new Map(PHASES.map((p) => [p, times.get(p)! / COUNT])), bytes: bytes / COUNT };
}

console.log(`${COUNT} varied cards (every verdict and kind, quotes of 3 to 520 characters, 1 in 6 Cyrillic, Greek or Polish)`);
console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on this machine: absolute times vary\n`);

// A first pass loads the fonts and warms the JIT, as a worker's first cards do; it is not counted.
pass();
const passes = [pass(), pass(), pass()];
const total = (run: (typeof passes)[number]) => [...run.ms.values()].reduce((s, v) => s + v, 0);
const median = [...passes].sort((a, b) => total(a) - total(b))[1]!;
console.log(`${'phase (mean CPU ms per card, median of 3 passes)'.padEnd(52)}${'ms'.padStart(8)}${'share'.padStart(8)}`);
for (const phase of PHASES) {
  const ms = median.ms.get(phase)!;
  console.log(`${phase.padEnd(52)}${ms.toFixed(1).padStart(8)}${`${((100 * ms) / total(median)).toFixed(0)}%`.padStart(8)}`);
}
console.log(`${'total'.padEnd(52)}${total(median).toFixed(1).padStart(8)}\nPNG ${(median.bytes / 1024).toFixed(1)} kB a card`);

// The PNG's zlib level, on the painted pixels of the first cards: time and size.
const painted = inputs.slice(0, 20).map((input) => Uint8Array.from(paintCard(layoutCard(cardFace(input), cardMeasure))));
for (const level of [1, 3, 6]) {
  const start = cpu();
  let size = 0;
  for (const pixels of painted) size += deflateSync(pixels, { level }).length;
  console.log(`zlib level ${level} on RGBA rows: ${((cpu() - start) / painted.length).toFixed(1)} ms, ${(size / painted.length / 1024).toFixed(0)} kB a card`);
}
