// `npm run check`: the build's verification pass alone, no pages written; exits 1 when the content has problems.
import { enableCompileCache } from 'node:module';

// About a third of a small check is loading its 550 modules: V8's compile cache (Node checks each entry against its
// file's content) saves compiling them again on every run. It applies to the modules imported after this call.
enableCompileCache();
const { contentRoot } = await import('../src/content-root.ts');
const { readContentFiles } = await import('../src/lib/content/read-files.ts');
const { formatReport } = await import('../src/lib/verify/problem.ts');
const { verifyContentInParallel } = await import('../src/lib/verify/parallel.ts');

const { site, problems } = await verifyContentInParallel(readContentFiles(contentRoot()));
if (problems.length > 0) {
  process.stderr.write(`${formatReport(problems)}\n`);
  process.exit(1);
}
const annotations = site!.articles.reduce((n, a) => n + a.annotations.length, 0);
process.stdout.write(`Content checked: ${site!.articles.length} articles, ${annotations} annotations, ${site!.sources.length} sources; no problems.\n`);
