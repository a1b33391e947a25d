// The record of counted quote spans: a page's spans are counted once for its bytes and the counting code.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CountedSpans } from '../../../src/integration/counted-spans.ts';
import { PROJECT_ROOT } from '../../helpers/build.ts';

const page = (text: string) => new TextEncoder().encode(`<html><body><mark data-claims="a">${text}</mark></body></html>`);
const spans = (end: number) => new Map([['a', { start: 0, end }]]);

describe('the counted spans', () => {
  let cacheDir: string;
  let counted: number;
  /** The spans of `bytes` in a build: from the record, or "counted" as `end`. */
  const build = (project: string, pages: [Uint8Array, number][]) => {
    const record = new CountedSpans(cacheDir, project);
    const found = pages.map(([bytes, end]) => record.of(bytes, () => ((counted += 1), spans(end))));
    record.save();
    return found;
  };

  beforeEach(() => {
    cacheDir = mkdtempSync(join(tmpdir(), 'counted-spans-'));
    counted = 0;
  });
  afterEach(() => rmSync(cacheDir, { recursive: true, force: true }));

  it('counts a page once for as long as its bytes stay the same, and again when they change', () => {
    expect(build(PROJECT_ROOT, [[page('one'), 3], [page('two'), 3]])).toEqual([spans(3), spans(3)]);
    expect(counted).toBe(2);
    // The kept spans are given back, not counted again (a count would give 9).
    expect(build(PROJECT_ROOT, [[page('one'), 9], [page('three'), 5]])).toEqual([spans(3), spans(5)]);
    expect(counted).toBe(3);
  });

  it('keeps only the pages of the latest build', () => {
    build(PROJECT_ROOT, [[page('one'), 3]]);
    build(PROJECT_ROOT, [[page('two'), 3]]);
    build(PROJECT_ROOT, [[page('one'), 3]]);
    expect(counted).toBe(3);
  });

  it('counts every page again after the counting code changed', () => {
    const project = mkdtempSync(join(tmpdir(), 'counted-spans-project-'));
    cpSync(join(PROJECT_ROOT, 'src/lib/structured-data'), join(project, 'src/lib/structured-data'), { recursive: true });
    build(project, [[page('one'), 3]]);
    build(project, [[page('one'), 3]]);
    expect(counted).toBe(1);
    writeFileSync(join(project, 'src/lib/structured-data/text-position.ts'), '// another way of counting\n');
    build(project, [[page('one'), 3]]);
    expect(counted).toBe(2);
    rmSync(project, { recursive: true, force: true });
  });

  it('counts every page when the record cannot be read', () => {
    build(PROJECT_ROOT, [[page('one'), 3]]);
    writeFileSync(join(cacheDir, 'text-positions.json'), '{ broken');
    build(PROJECT_ROOT, [[page('one'), 3]]);
    expect(counted).toBe(2);
  });
});
