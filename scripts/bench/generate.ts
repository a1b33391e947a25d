// Generates the benchmark's sites: an archive of N annotated articles from the fixture, and a plain Astro site of as many Markdown pages.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURE = join(import.meta.dirname, 'fixture');

const slugOf = (n: number) => `story-${String(n).padStart(4, '0')}`;

/** A day of 2025 for article `n`, so that articles sort by date and differ from one another. */
function dateOf(n: number): string {
  const day = new Date(Date.UTC(2025, 0, 1) + ((n * 7) % 365) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/** Writes `<root>/content/` with the fixture's shared files and `count` articles with their annotation files. */
export function generateArchive(root: string, count: number): void {
  cpSync(join(FIXTURE, 'content'), join(root, 'content'), { recursive: true });
  mkdirSync(join(root, 'content/articles'), { recursive: true });
  mkdirSync(join(root, 'content/annotations'), { recursive: true });
  const article = readFileSync(join(FIXTURE, 'article.md'), 'utf8');
  const annotations = readFileSync(join(FIXTURE, 'annotations.yaml'), 'utf8');
  for (let n = 1; n <= count; n++) {
    const fill = (text: string) =>
      text
        .replaceAll('{{N}}', String(n))
        .replaceAll('{{SLUG}}', slugOf(n))
        .replaceAll('{{DATE}}', dateOf(n))
        .replaceAll('{{REVIEWED}}', '2025-12-01')
        // Each article but the first points at the one before it: references across articles, as an archive has.
        .replaceAll('{{RELATED}}', n > 1 ? `, ${slugOf(n - 1)}#budget-amount` : '');
    writeFileSync(join(root, 'content/articles', `${slugOf(n)}.md`), fill(article));
    writeFileSync(join(root, 'content/annotations', `${slugOf(n)}.yaml`), fill(annotations));
  }
}

/** The benchmark's edit: one summary of one annotation file, as an editor's typo fix. */
export function editOneSummary(root: string): void {
  const file = join(root, 'content/annotations', `${slugOf(1)}.yaml`);
  writeFileSync(file, readFileSync(file, 'utf8').replace('The mayor was elected in 2019', 'The mayor was first elected in 2019'));
}

/** A plain Astro site of `pages` Markdown pages of about an article's length, in a content collection. */
export function generatePlainSite(root: string, pages: number): void {
  const text = readFileSync(join(FIXTURE, 'article.md'), 'utf8').replace(/^---[\s\S]*?---\n/, '');
  mkdirSync(join(root, 'content/pages'), { recursive: true });
  mkdirSync(join(root, 'src/pages'), { recursive: true });
  writeFileSync(join(root, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({ devToolbar: { enabled: false } });\n");
  writeFileSync(
    join(root, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nimport { z } from 'astro/zod';\n" +
      "export const collections = { pages: defineCollection({ loader: glob({ base: './content/pages', pattern: '*.md' }), schema: z.object({ title: z.string() }) }) };\n",
  );
  writeFileSync(
    join(root, 'src/pages/[page].astro'),
    "---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  return (await getCollection('pages')).map((entry) => ({ params: { page: entry.id }, props: { entry } }));\n}\n" +
      "const { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n<html lang=\"en\"><head><meta charset=\"utf-8\" /><title>{entry.data.title}</title></head><body><main><h1>{entry.data.title}</h1><Content /></main></body></html>\n",
  );
  for (let n = 1; n <= pages; n++) writeFileSync(join(root, 'content/pages', `page-${n}.md`), `---\ntitle: Page ${n}\n---\n${text.replaceAll('{{N}}', String(n))}`);
}
