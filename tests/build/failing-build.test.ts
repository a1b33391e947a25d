// A build over content with a mistake stops before writing pages, prints the report, and leaves nothing to deploy.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { contentVariant } from '../helpers/content.ts';

const ANNOTATIONS = 'content/annotations/harbour-bridge-budget.yaml';

describe('a build of content with a mistake', () => {
  it('fails with the file, line, annotation id and closest passage of a quote changed by one character, and no stack trace', () => {
    const root = contentVariant('full');
    const file = join(root, ANNOTATIONS);
    writeFileSync(file, readFileSync(file, 'utf8').replace('"The bridge will be 300 metres long."', '"The bridge will be 30O metres long."'));
    const result = buildSite({ content: root });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(
      `${ANNOTATIONS}:47:12  annotation "bridge-length", field "quote": the quote is not in the article's text  [quote-not-found]\n` +
        '  hint: the closest passage of the article is:\n    "The bridge will be 300 metres long."',
    );
    expect(result.stderr).toContain('1 problem found in the content; nothing was built.');
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    expect(existsSync(result.outDir)).toBe(false);
  });

  it('removes the output of an earlier good build, so that no stale site is deployed', () => {
    const root = contentVariant('full');
    const good = buildSite({ content: root });
    expect(good.code).toBe(0);
    expect(existsSync(join(good.outDir, 'index.html'))).toBe(true);
    writeFileSync(join(root, ANNOTATIONS), 'reviewed: 2025-03-20\nclaims:\n  - id: [broken\n');
    const bad = buildSite({ content: root, outDir: good.outDir });
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('1 problem found');
    expect(bad.stderr).toMatch(new RegExp(`${ANNOTATIONS}:\\d+:\\d+  YAML syntax error`));
    expect(existsSync(good.outDir)).toBe(false);
  });
});
