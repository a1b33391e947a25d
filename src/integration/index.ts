// The Astro integration: stops a build whose content has problems, with the report, before any page is rendered;
// finishes a written site with what only the built pages can give (social cards, text positions, the search index,
// _headers).
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { verifiedContent, verifyAndPublish } from '../lib/astro/verified-content.ts';
import type { Site } from '../lib/graph/types.ts';
import { normalizeBase } from '../lib/paths.ts';
import { formatReport } from '../lib/verify/problem.ts';
import type { CardPlan, DrawCardsStats } from '../lib/cards/draw-cards.ts';
import { describeCards, drawSocialCardsAhead, planSocialCards, serveSocialCards, socialCards, writeSocialCards } from './cards.ts';
import { HEADERS_FILE, writeHeadersFile } from './headers-file.ts';
import { beginBuild, endBuild, removeStaleFiles } from './kept-output.ts';
import { SEARCH_INDEX_DIR, writeSearchIndex } from './search-index.ts';
import { addTextPositions } from './text-positions.ts';

export default function annotatedNews(): AstroIntegration {
  let built = false;
  let root = '';
  let cacheDir = '';
  let projectRoot = '';
  let outDir = '';
  // Where the site lives, and what its pages were built from, for the steps that finish the written site.
  let address = { site: 'http://localhost:4321', base: '/' };
  let site: Site | null = null;
  let cards: { plan: CardPlan; ahead: Promise<DrawCardsStats | Error> } | null = null;
  let buildBegan = 0;
  return {
    name: 'annotated-news',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
        // The code lives in src/ of the project, wherever the content is (astro.config.mjs).
        projectRoot = fileURLToPath(new URL('../', config.srcDir));
        address = { site: config.site ?? address.site, base: normalizeBase(config.base) };
        outDir = fileURLToPath(config.outDir);
        if (command !== 'build') return;
        // The output folder is kept between builds, where Astro would empty it and copy every unchanged page back
        // from its cache: unchanged pages and cards stay, and build:done removes what the build no longer makes.
        updateConfig({ vite: { build: { emptyOutDir: false } } });
        // Whatever stops a build after this point, a deploy step must find no half-written site.
        process.once('exit', (code) => {
          if (code !== 0 && !built) rmSync(outDir, { recursive: true, force: true });
        });
      },
      // The content layer has synced: its loader has read and verified every file.
      'astro:build:start': () => {
        buildBegan = beginBuild(outDir, cacheDir, SEARCH_INDEX_DIR);
        const verified = verifiedContent(root) ?? verifyAndPublish(root);
        site = verified.site;
        const { problems } = verified;
        if (problems.length > 0) {
          process.stderr.write(`\n${formatReport(problems)}\n`);
          process.exit(1);
        }
        // The cards are drawn into their cache now, on threads beside the pages; build:done copies them into place.
        const plan = planSocialCards(socialCards(verified.site!), outDir);
        cards = { plan, ahead: drawSocialCardsAhead({ plan, cacheDir }).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error)))) };
      },
      // In dev a card is drawn when asked for, from the content as it is then.
      'astro:server:setup': ({ server }) => {
        serveSocialCards(server, () => (verifiedContent(root) ?? verifyAndPublish(root)).site);
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        const outDir = fileURLToPath(dir);
        // Before anything reads the folder: a page of a removed article must not reach the search index.
        const kept = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        for (const { files } of cards?.plan.values() ?? []) for (const file of files) kept.add(file);
        const stale = removeStaleFiles(outDir, kept, buildBegan, new Set([SEARCH_INDEX_DIR, HEADERS_FILE]));
        if (stale > 0) logger.info(`removed ${stale} file${stale === 1 ? '' : 's'} the site no longer has`);
        const finishSite = async () => {
          if (cards) {
            const ahead = await cards.ahead;
            if (ahead instanceof Error) throw ahead;
            logger.info(describeCards(await writeSocialCards({ plan: cards.plan, cacheDir }), ahead));
          }
          if (site) logger.info(`text positions: ${addTextPositions(site, { outDir, cacheDir, projectRoot, address })} annotations`);
          writeHeadersFile(outDir, address.base);
        };
        // Pagefind, a process of its own, reads only the HTML pages, which are all written by now: it indexes them
        // while this process copies the cards and counts the text positions. Both end before the build does, failed
        // or not, so that no step writes into a site that a failure has removed.
        const [indexed, finished] = await Promise.allSettled([writeSearchIndex(outDir), finishSite()]);
        if (finished.status === 'rejected') throw finished.reason;
        if (indexed.status === 'rejected') throw indexed.reason;
        logger.info(`search index: ${indexed.value.pages} pages`);
        endBuild(outDir, cacheDir, SEARCH_INDEX_DIR);
        built = true;
      },
    },
  };
}
