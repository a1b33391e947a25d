// Every build of the same content is the same, byte for byte, and no build ships stale content from a cache.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, removeBuild } from '../helpers/build.ts';
import { contentVariant } from '../helpers/content.ts';
import { readPage } from '../helpers/html.ts';
import { outputDigest as digest } from '../helpers/output.ts';

describe('builds', () => {
  it('are byte-identical for the same content, built clean in different places', () => {
    const first = buildSite({ content: contentVariant('full') });
    const second = buildSite({ content: contentVariant('full') });
    expect([first.code, second.code]).toEqual([0, 0]);
    const a = digest(first.outDir);
    expect(Object.keys(a).length).toBeGreaterThan(20);
    expect(digest(second.outDir)).toEqual(a);
    removeBuild(first);
    removeBuild(second);
  });

  it('fail on a file broken after a good build, and show the fix in the next one', () => {
    const root = contentVariant('full');
    const file = join(root, 'content/annotations/ferry-timetable.yaml');
    const good = readFileSync(file, 'utf8');
    expect(buildSite({ content: root }).code).toBe(0);

    writeFileSync(file, good.replace('    verdict: supported', '    verdict: [supported'));
    const broken = buildSite({ content: root });
    expect(broken.code).not.toBe(0);
    expect(broken.stderr).toContain('content/annotations/ferry-timetable.yaml:');

    writeFileSync(file, good.replace("The operator's notice gives a 20-minute interval.", 'The notice, fixed, gives a 20-minute interval.'));
    const fixed = buildSite({ content: root });
    expect(fixed.code).toBe(0);
    expect(readPage(fixed.outDir, '/articles/ferry-timetable/').text('.note-summary')).toBe('The notice, fixed, gives a 20-minute interval.');
    removeBuild(fixed);
  });
});
