// The Astro integration: runs the verification pass before anything is built, and again as content changes in dev.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentRoot } from '../content-root.ts';
import { readContentFiles } from '../lib/content/read-content.ts';
import { formatReport } from '../lib/errors/problem.ts';
import { normalizeBase } from '../lib/paths.ts';
import type { Site } from '../lib/site/types.ts';
import { verifyContent } from '../lib/verify.ts';
import { writeSearchIndex } from './search-index.ts';
import { writeHeadersFile } from './headers-file.ts';
import { addTextPositions } from './text-positions.ts';

export default function annotatedNews(): AstroIntegration {
  let built = false;
  // What the pages were built from, for the steps that finish the written site.
  let finished: { site: Site; url: string } | null = null;
  return {
    name: 'annotated-news',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        const root = contentRoot(fileURLToPath(config.root));
        const verify = () => verifyContent(readContentFiles(root), normalizeBase(config.base));
        if (command === 'build') {
          // Whatever stops a build after this point, a deploy step must find no half-written site.
          const outDir = fileURLToPath(config.outDir);
          process.once('exit', (code) => {
            if (code !== 0 && !built) rmSync(outDir, { recursive: true, force: true });
          });
          const { site, problems } = verify();
          if (problems.length > 0 || !site) {
            process.stderr.write(`\n${formatReport(problems)}\n`);
            process.exit(1);
          }
          finished = { site, url: config.site ?? 'http://localhost:4321' };
        }
        if (command === 'dev') {
          const { problems } = verify();
          if (problems.length > 0) logger.error(`\n${formatReport(problems)}`);
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        if (finished) {
          logger.info(`text positions: ${addTextPositions(outDir, finished.site, finished.url)} annotations`);
          writeHeadersFile(outDir, finished.site.base);
        }
        const { pages } = await writeSearchIndex(outDir);
        logger.info(`search index: ${pages} pages`);
        built = true;
      },
    },
  };
}
