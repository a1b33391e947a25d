// A rebuild in the same folder renders again only what changed, and ships exactly what a clean build would.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, removeBuild, type BuildResult } from '../helpers/build.ts';
import { contentVariant } from '../helpers/content.ts';
import { readPage } from '../helpers/html.ts';
import { changedFiles, outputDigest } from '../helpers/output.ts';

const HARBOUR = 'content/annotations/harbour-bridge-budget.yaml';
const FERRY = 'content/annotations/ferry-timetable.yaml';

function edit(root: string, path: string, from: string, to: string): void {
  const file = join(root, path);
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${path} has no ${from}`);
  writeFileSync(file, text.replace(from, to));
}

/** The same content built clean, with no cache, in a folder of its own. */
function coldBuildOf(root: string): BuildResult {
  const copy = contentVariant('full');
  rmSync(join(copy, 'content'), { recursive: true });
  cpSync(join(root, 'content'), join(copy, 'content'), { recursive: true });
  return buildSite({ content: copy });
}

/** Checks that a build in a used folder wrote exactly what a clean build of the same content writes; removes both. */
function expectClean(root: string, warm: BuildResult): void {
  const cold = coldBuildOf(root);
  expect(cold.code).toBe(0);
  expect(changedFiles(outputDigest(cold.outDir), outputDigest(warm.outDir))).toEqual([]);
  removeBuild(warm);
  removeBuild(cold);
}

/** How many pages a build took from the previous one instead of rendering them. */
const reused = (build: BuildResult) => (build.stdout.match(/\((cached|restored)\)/g) ?? []).length;

describe('a rebuild after edits, in the same folder', () => {
  it('renders again the pages that show an edited quote, summary, source title or figure value, and gives the bytes of a clean build', () => {
    const root = contentVariant('full');
    const first = buildSite({ content: root });
    expect(first.code).toBe(0);
    const before = outputDigest(first.outDir);

    edit(root, HARBOUR, 'quote: "The bridge will be 300 metres long."', 'quote: "The bridge will be 300 metres"');
    edit(root, FERRY, "summary: The operator's notice gives a 20-minute interval.", "summary: The operator's notice gives an interval of 20 minutes.");
    edit(root, 'content/sources.yaml', 'title: Spring timetable notice', 'title: Spring timetable notice, second edition');
    edit(root, HARBOUR, '      - label: Roads\n        value: 4', '      - label: Roads\n        value: 5');
    const warm = buildSite({ content: root, outDir: first.outDir });
    expect(warm.code).toBe(0);
    // Edits remove no file: every page of the first build is still a page of the site.
    expect(warm.stdout).not.toMatch(/removed \d+ files?/);
    const after = outputDigest(warm.outDir);

    // The edits show where they belong.
    expect(readPage(warm.outDir, '/articles/harbour-bridge-budget/claims/bridge-length/').text('h1')).toContain('The bridge will be 300 metres');
    expect(readPage(warm.outDir, '/articles/ferry-timetable/').text('.note-summary')).toBe("The operator's notice gives an interval of 20 minutes.");
    expect(readPage(warm.outDir, '/sources/operator-notice/').text('h1')).toBe('Spring timetable notice, second edition');
    expect(readPage(warm.outDir, '/articles/harbour-bridge-budget/').text('#figure-budget-bars details')).toContain('5');

    // Pages that show none of them were not rendered again; the plain article is one. They stayed in the output
    // folder ("cached"), rather than being copied back into it from Astro's cache ("restored").
    const changed = changedFiles(before, after);
    expect(changed).not.toContain('/articles/plain-notice/index.html');
    expect(reused(warm)).toBeGreaterThan(0);
    expect(warm.stdout).not.toContain('(restored)');
    expectClean(root, warm);
  });

  it('removes the pages and cards of a removed article, and any file the site does not have', () => {
    const root = contentVariant('full');
    const first = buildSite({ content: root });
    expect(first.code).toBe(0);
    expect(existsSync(join(first.outDir, 'cards/ferry-timetable'))).toBe(true);
    rmSync(join(root, 'content/articles/ferry-timetable.md'));
    rmSync(join(root, FERRY));
    edit(root, HARBOUR, 'related: [largest-project, ferry-timetable#ferry-frequency]', 'related: [largest-project]');
    mkdirSync(join(first.outDir, 'old'), { recursive: true });
    writeFileSync(join(first.outDir, 'old/index.html'), '<p>Put here by hand.</p>');

    const warm = buildSite({ content: root, outDir: first.outDir });
    expect(warm.code).toBe(0);
    expect(warm.stdout).toMatch(/removed \d+ files the site no longer has/);
    for (const gone of ['articles/ferry-timetable', 'cards/ferry-timetable', 'old']) expect(existsSync(join(warm.outDir, gone)), gone).toBe(false);
    expectClean(root, warm);
  });

  it('gives the site of its own content after another content folder was built into the same output folder', () => {
    const root = contentVariant('full');
    const first = buildSite({ content: root });
    expect(first.code).toBe(0);
    // Another content folder, with a cache of its own, whose ferry article says something else at the same address.
    const other = contentVariant('full');
    edit(other, FERRY, "summary: The operator's notice gives a 20-minute interval.", 'summary: Another site says something else here.');
    expect(buildSite({ content: other, outDir: first.outDir }).code).toBe(0);
    expect(readPage(first.outDir, '/articles/ferry-timetable/').text('.note-summary')).toBe('Another site says something else here.');

    const again = buildSite({ content: root, outDir: first.outDir });
    expect(again.code).toBe(0);
    expect(readPage(again.outDir, '/articles/ferry-timetable/').text('.note-summary')).toBe("The operator's notice gives a 20-minute interval.");
    expectClean(root, again);
  });

  it('renders every page again after a site setting changes', () => {
    const root = contentVariant('full');
    const first = buildSite({ content: root });
    expect(first.code).toBe(0);
    edit(root, 'content/site.yaml', 'name: Fixture Checks', 'name: Fixture Checks Renamed');
    const warm = buildSite({ content: root, outDir: first.outDir });
    expect(warm.code).toBe(0);
    expect(reused(warm)).toBe(0);
    for (const path of ['/', '/articles/plain-notice/', '/articles/ferry-timetable/claims/ferry-frequency/', '/sources/operator-notice/']) {
      expect(readPage(warm.outDir, path).text('.site-name'), path).toBe('Fixture Checks Renamed');
    }
    expectClean(root, warm);
  });
});
