// The Astro integration: stops a build whose content has problems, with the report, before any page is rendered;
// finishes a build with the social cards and the search index.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { verifiedContent, verifyAndPublish } from '../lib/astro/verified-content.ts';
import { formatReport } from '../lib/verify/problem.ts';
import { describeCards, serveSocialCards, socialCards, writeSocialCards } from './cards.ts';
import { writeSearchIndex } from './search-index.ts';

export default function annotatedNews(): AstroIntegration {
  let built = false;
  let root = '';
  let cacheDir = '';
  return {
    name: 'annotated-news',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
        if (command !== 'build') return;
        // Whatever stops a build after this point, a deploy step must find no half-written site.
        const outDir = fileURLToPath(config.outDir);
        process.once('exit', (code) => {
          if (code !== 0 && !built) rmSync(outDir, { recursive: true, force: true });
        });
      },
      // The content layer has synced: its loader has read and verified every file.
      'astro:build:start': () => {
        const { problems } = verifiedContent(root) ?? verifyAndPublish(root);
        if (problems.length > 0) {
          process.stderr.write(`\n${formatReport(problems)}\n`);
          process.exit(1);
        }
      },
      // In dev a card is drawn when asked for, from the content as it is then.
      'astro:server:setup': ({ server }) => {
        serveSocialCards(server, () => (verifiedContent(root) ?? verifyAndPublish(root)).site);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { site } = verifiedContent(root) ?? verifyAndPublish(root);
        const cards = await writeSocialCards({ cards: socialCards(site!), outDir: fileURLToPath(dir), cacheDir });
        logger.info(describeCards(cards));
        const { pages } = await writeSearchIndex(fileURLToPath(dir));
        logger.info(`search index: ${pages} pages`);
        built = true;
      },
    },
  };
}
