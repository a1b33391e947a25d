// The Astro integration: runs the verification pass before anything is built, and again as content changes in dev.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentRoot } from '../content-root.ts';
import { readContentFiles } from '../lib/content/read-content.ts';
import { formatReport } from '../lib/errors/problem.ts';
import { normalizeBase } from '../lib/paths.ts';
import { verifyContent } from '../lib/verify.ts';
import { writeSearchIndex } from './search-index.ts';

export default function annotatedNews(): AstroIntegration {
  return {
    name: 'annotated-news',
    hooks: {
      'astro:config:setup': ({ command, config, logger, addWatchFile }) => {
        const root = contentRoot(fileURLToPath(config.root));
        const verify = () => verifyContent(readContentFiles(root), normalizeBase(config.base));
        if (command === 'build') {
          const { problems } = verify();
          if (problems.length > 0) {
            // Nothing may be left for a deploy step to mistake for the site.
            rmSync(fileURLToPath(config.outDir), { recursive: true, force: true });
            process.stderr.write(`\n${formatReport(problems)}\n`);
            process.exit(1);
          }
        }
        if (command === 'dev') {
          addWatchFile(join(root, 'content'));
          const { problems } = verify();
          if (problems.length > 0) logger.error(`\n${formatReport(problems)}`);
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { pages } = await writeSearchIndex(fileURLToPath(dir));
        logger.info(`search index: ${pages} pages`);
      },
    },
  };
}
