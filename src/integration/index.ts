// The Astro integration: runs the verification pass before anything is built, and again as content changes in dev.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentRoot } from '../content-root.ts';
import { readContentFiles } from '../lib/content/read-content.ts';
import { formatReport } from '../lib/errors/problem.ts';
import { normalizeBase } from '../lib/paths.ts';
import { verifyContent } from '../lib/verify.ts';
import { writeSearchIndex } from './search-index.ts';

export default function annotatedNews(): AstroIntegration {
  let built = false;
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
          const { problems } = verify();
          if (problems.length > 0) {
            process.stderr.write(`\n${formatReport(problems)}\n`);
            process.exit(1);
          }
        }
        if (command === 'dev') {
          const { problems } = verify();
          if (problems.length > 0) logger.error(`\n${formatReport(problems)}`);
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { pages } = await writeSearchIndex(fileURLToPath(dir));
        logger.info(`search index: ${pages} pages`);
        built = true;
      },
    },
  };
}
