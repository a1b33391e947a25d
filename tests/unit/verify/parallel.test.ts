// The verification on two threads gives what it gives on one: the same problems, content and site graph.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateArchive } from '../../../scripts/bench/generate.ts';
import { readContentFiles, type ContentFile } from '../../../src/lib/content/read-files.ts';
import { verifyContent } from '../../../src/lib/verify/index.ts';
import { verifyContentInParallel } from '../../../src/lib/verify/parallel.ts';
import { formatReport } from '../../../src/lib/verify/problem.ts';

const root = mkdtempSync(join(tmpdir(), 'parallel-verification-'));
generateArchive(root, 6);
const archive = readContentFiles(root);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const FIRST = 'content/annotations/story-0001.yaml';
const SECOND = 'content/annotations/story-0002.yaml';
const edit = (path: string, change: (text: string) => string): ContentFile[] => archive.map((f) => (f.path === path ? { ...f, text: change(f.text) } : f));

describe('the verification on two threads', () => {
  it.each<[string, ContentFile[]]>([
    ['valid content', archive],
    ['an annotation file without its article', archive.filter((f) => f.path !== 'content/articles/story-0003.md')],
    ['a file name that is not a slug, and a .yml file', [...archive, { path: 'content/articles/Story_7.md', text: '---\ntitle: x\n---\n' }, { path: 'content/annotations/story-0004.yml', text: 'a: 1\n' }]],
    ['an article without frontmatter', edit('content/articles/story-0002.md', (t) => t.replace(/^---/, '--'))],
    ['a YAML syntax error, with references into the file', edit(FIRST, (t) => t.replace('claims:', 'claims:\n\t- x'))],
    ['a schema error', edit(FIRST, (t) => t.replace('verdict: supported', 'verdict: nope'))],
    ['a quote not in the text', edit(FIRST, (t) => t.replace(/quote: "([^"]*)"/, 'quote: "$1 and more"'))],
    ['an unknown source and an unknown related annotation', edit(SECOND, (t) => t.replace(/source: ([a-z0-9-]+)/, 'source: $1-x').replace('story-0001#budget-amount', 'story-0001#nope'))],
    ['a source id defined twice', edit(SECOND, (t) => t.replace('- id: own-loan-2', '- id: own-plan-1'))],
    ['raw HTML in an article', edit('content/articles/story-0004.md', (t) => `${t}\n<script>x</script> <a href="javascript:x">y</a>\n`)],
    ['broken shared sources and settings', archive.map((f) => (f.path.endsWith('sources.yaml') || f.path.endsWith('site.yaml') ? { ...f, text: `${f.text}\n- nope\n` } : f))],
  ])('%s', async (_, files) => {
    const inline = verifyContent(files);
    // The worker reads every unit, so that each crosses from one thread to the other.
    const parallel = await verifyContentInParallel(files, { worker: true, readHere: false });
    expect(parallel).toEqual(inline);
    expect(formatReport(parallel.problems)).toBe(formatReport(inline.problems));
  });

  it('shares the reading between this thread and the worker, or reads on this thread alone', async () => {
    const inline = verifyContent(archive);
    expect(await verifyContentInParallel(archive, { worker: true })).toEqual(inline);
    expect(await verifyContentInParallel(archive, { worker: false })).toEqual(inline);
  });

  it('finds a problem of each kind the cases mean to show', async () => {
    const rules = async (files: ContentFile[]) => (await verifyContentInParallel(files, { worker: true, readHere: false })).problems.map((p) => p.rule);
    expect(await rules(edit(SECOND, (t) => t.replace('- id: own-loan-2', '- id: own-plan-1')))).toContain('duplicate-source-id');
    expect(await rules(edit(FIRST, (t) => t.replace(/quote: "([^"]*)"/, 'quote: "$1 and more"')))).toContain('quote-not-found');
  });

  it('keeps the graph\'s annotations the very objects of the content read, as on one thread', async () => {
    const { input, site } = await verifyContentInParallel(archive, { worker: true, readHere: false });
    const article = site!.articles.find((a) => a.slug === 'story-0005')!;
    const file = input.annotationFiles.find((f) => f.slug === 'story-0005')!;
    expect(file.data.claims).toContain(article.annotations[0]!.annotation);
  });
});
