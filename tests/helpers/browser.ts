// Launches headless Chromium for the browser tests and runs axe-core in pages.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium as playwright, type Browser, type Page } from 'playwright-core';
import { buildSite, removeBuild } from './build.ts';
import { serveStatic } from './serve.ts';

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

// Chromium takes its locale from the environment; under C or POSIX (CI machines, containers) its text search, which
// find in page and text fragments use, finds nothing.
const ENV = { ...process.env, LANG: 'en_US.UTF-8' };

/**
 * The browser: CHROMIUM_PATH when set (e.g. /usr/bin/chromium), otherwise the one shipped inside
 * @sparticuz/chromium, so `npm test` works on a machine with nothing but npm.
 */
export async function launchBrowser(): Promise<Browser> {
  const own = process.env.CHROMIUM_PATH;
  if (own) {
    if (!existsSync(own)) throw new Error(`CHROMIUM_PATH=${own} does not exist`);
    return playwright.launch({ executablePath: own, headless: true, args: FLAGS, env: ENV });
  }
  const { default: sparticuz } = await import('@sparticuz/chromium');
  const executablePath = await sparticuz.executablePath();
  // Single-process mode makes a second browser context crash; the tests use several.
  const args = sparticuz.args.filter((arg) => arg !== '--single-process' && !arg.startsWith('--headless'));
  return playwright.launch({ executablePath, headless: true, args: [...args, ...FLAGS], env: ENV });
}

/** Waits until fonts are in and the enhancement script has had a frame to place the sidenotes. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))));
}

const axeSource: string = createRequire(import.meta.url)('axe-core').source;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe-core (WCAG 2.2 A and AA, plus best practices) and returns the violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the browser's protocol rather than added as a <script>: the site's Content-Security-Policy
  // refuses inline scripts, and axe is not part of the site.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
}

/** One line per failing element, for readable assertion messages. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? v.help}`))
    .join('\n');
}

export interface FixtureSite {
  /** Address of the site root, ending in a slash. */
  url: string;
  close(): Promise<void>;
}

/** Builds a fixture with the real `astro build` and serves it on loopback. */
export async function startFixtureSite(fixture = 'full'): Promise<FixtureSite> {
  const build = buildSite({ content: fixture });
  if (build.code !== 0) throw new Error(`astro build of fixture ${fixture} failed:\n${build.stderr}\n${build.stdout}`);
  const site = await serveStatic(build.outDir);
  return {
    url: site.url,
    async close() {
      await site.close();
      removeBuild(build);
    },
  };
}
