// `npm run check` prints the report of the build's verification, exactly, and its exit code says whether there are problems.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArchive } from '../../scripts/bench/generate.ts';
import { readContentFiles } from '../../src/lib/content/read-files.ts';
import { verifyContent } from '../../src/lib/verify/index.ts';
import { formatReport } from '../../src/lib/verify/problem.ts';
import { buildSite, PROJECT_ROOT } from '../helpers/build.ts';

/** A generated archive inside the project, large enough that the check reads its YAML on a second thread. */
function archive(count: number): string {
  mkdirSync(join(PROJECT_ROOT, 'tests/.output'), { recursive: true });
  const root = mkdtempSync(join(PROJECT_ROOT, 'tests/.output/archive-'));
  generateArchive(root, count);
  return root;
}

describe('npm run check', () => {
  it('counts what it checked and exits 0 when there is no problem', () => {
    const result = buildSite({ content: archive(60), command: 'check' });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('Content checked: 60 articles, 960 annotations, 128 sources; no problems.\n');
  });

  it('prints the report of the verification in one thread, to the character, and exits 1', () => {
    const root = archive(60);
    const edit = (path: string, change: (text: string) => string) => writeFileSync(join(root, path), change(readFileSync(join(root, path), 'utf8')));
    edit('content/annotations/story-0007.yaml', (t) => t.replace(/quote: "([^"]*)"/, 'quote: "$1 and more"'));
    edit('content/annotations/story-0031.yaml', (t) => t.replace('verdict: supported', 'verdict: nope').replace('story-0030#budget-amount', 'story-0030#nope'));
    edit('content/articles/story-0052.md', (t) => t.replace('publisher:', 'publsher:'));
    const result = buildSite({ content: root, command: 'check' });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`${formatReport(verifyContent(readContentFiles(root)).problems)}\n`);
    expect(result.stderr).toContain('7 problems found in the content');
  });
});
