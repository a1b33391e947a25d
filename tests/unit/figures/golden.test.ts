// Golden files: every figure of the sample and the fixture sites, and the layout stress maps, drawn to the same bytes as before.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { drawFigure } from '../../../src/lib/figures/index.ts';
import { figureSchema, type Figure } from '../../../src/schemas/figure.ts';
import * as fixtures from './fixtures.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const GOLDEN = join(import.meta.dirname, '__golden__');
// The sample's figures, frozen when the golden files were recorded.
const SAMPLE_FIGURES = join(GOLDEN, 'sample-figures.yaml');

function annotationFiles(): string[] {
  const fixtureSites = readdirSync(join(ROOT, 'tests/fixtures'), { withFileTypes: true }).filter((e) => e.isDirectory());
  const dirs = fixtureSites.map((e) => join(ROOT, 'tests/fixtures', e.name, 'content/annotations'));
  const fixtureFiles = dirs.flatMap((dir) => {
    try {
      return readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => join(dir, f));
    } catch {
      return [];
    }
  });
  return [SAMPLE_FIGURES, ...fixtureFiles];
}

/** Every figure authored in the sample and the fixtures, by "file#id"; the schema parses them as the content pipeline would. */
function authoredFigures(): [string, Figure][] {
  return annotationFiles().flatMap((file) => {
    const data = parse(readFileSync(file, 'utf8')) as { figures?: unknown[] };
    return (data.figures ?? []).map((raw) => {
      const figure = figureSchema.parse(raw);
      return [`${file === SAMPLE_FIGURES ? 'content/annotations/north-korean-troops-kursk.yaml' : relative(ROOT, file)}#${figure.id}`, figure] as [string, Figure];
    });
  });
}

const testFigures: [string, Figure][] = [fixtures.bar, fixtures.line, fixtures.timeline, fixtures.map, fixtures.table, fixtures.routeMap, fixtures.cluster, fixtures.pile, fixtures.crowd].map(
  (figure) => [`tests/unit/figures/fixtures.ts#${figure.id}`, figure],
);

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('golden figures', () => {
  const figures = [...authoredFigures(), ...testFigures];
  const drawn = new Map(figures.map(([name, figure]) => [name, drawFigure(figure, fixtures.links)]));

  it('finds every figure type among the authored figures', () => {
    const types = new Set(authoredFigures().map(([, f]) => f.type));
    expect([...types].sort()).toEqual(['bar', 'line', 'map', 'table', 'timeline']);
  });

  it('draws every figure to the recorded bytes', async () => {
    const hashes = Object.fromEntries(
      [...drawn].map(([name, d]) => [name, { graphic: sha256(d.graphic), dataTable: d.dataTable === null ? null : sha256(d.dataTable) }]),
    );
    await expect(`${JSON.stringify(hashes, null, 2)}\n`).toMatchFileSnapshot(join(GOLDEN, 'hashes.json'));
  });

  it.each([
    ['content/annotations/north-korean-troops-kursk.yaml#route-map', 'sample-route-map'],
    ['content/annotations/north-korean-troops-kursk.yaml#events-timeline', 'sample-timeline'],
    ['content/annotations/north-korean-troops-kursk.yaml#troop-estimates-chart', 'sample-line'],
    ['tests/fixtures/full/content/annotations/harbour-bridge-budget.yaml#budget-bars', 'full-bar'],
    ['tests/fixtures/full/content/annotations/harbour-bridge-budget.yaml#cost-table', 'full-table'],
    ['tests/fixtures/hostile/content/annotations/hostile-strings.yaml#places', 'hostile-map'],
    ['tests/unit/figures/fixtures.ts#crowd', 'crowd-map'],
    ['tests/unit/figures/fixtures.ts#pile', 'pile-map'],
  ])('draws %s as its golden file', async (name, file) => {
    const figure = drawn.get(name);
    expect(figure, `no figure ${name}`).toBeDefined();
    const graphic = figure!.graphic.startsWith('<svg') ? `${file}.svg` : `${file}.html`;
    await expect(figure!.graphic).toMatchFileSnapshot(join(GOLDEN, graphic));
    if (figure!.dataTable !== null) await expect(figure!.dataTable).toMatchFileSnapshot(join(GOLDEN, `${file}.data.html`));
  });
});
