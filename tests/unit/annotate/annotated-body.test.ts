// Fixture in, output out: an article and its annotations give the marked HTML of its body, block by block.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotatedBlocks } from '../../../src/lib/annotate/annotated-body.ts';
import { verifyContent } from '../../../src/lib/verify/index.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');
// The base-path case is built for a site under /fact-checks/; the others at the root.
const BASE: Record<string, string> = { 'base-path': '/fact-checks/' };

describe('annotatedBlocks', () => {
  it.each(readdirSync(FIXTURES))('%s', async (name) => {
    const read = (file: string) => readFileSync(join(FIXTURES, name, file), 'utf8');
    const { site, problems } = verifyContent([
      { path: `content/articles/${name}.md`, text: read('article.md') },
      { path: `content/annotations/${name}.yaml`, text: read('annotations.yaml') },
    ]);
    expect(problems).toEqual([]);
    const blocks = annotatedBlocks(site!.articles[0]!, BASE[name] ?? '/');
    const html = blocks.map((b) => `<!-- block: notes ${b.annotations.join(' ') || '-'} -->\n${b.html}`).join('\n');
    await expect(`${html}\n`).toMatchFileSnapshot(join(FIXTURES, name, 'expected.html'));
  });
});
