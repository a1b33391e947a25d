// `npm run check`: the build's verification pass alone, no pages written; exits 1 when the content has problems.
import { contentRoot } from '../src/content-root.ts';
import { readContentFiles } from '../src/lib/content/read-files.ts';
import { formatReport } from '../src/lib/verify/problem.ts';
import { verifyContent } from '../src/lib/verify/index.ts';

const { site, problems } = verifyContent(readContentFiles(contentRoot()));
if (problems.length > 0) {
  process.stderr.write(`${formatReport(problems)}\n`);
  process.exit(1);
}
const annotations = site!.articles.reduce((n, a) => n + a.annotations.length, 0);
process.stdout.write(`Content checked: ${site!.articles.length} articles, ${annotations} annotations, ${site!.sources.length} sources; no problems.\n`);
