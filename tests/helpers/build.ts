// Builds a fixture site with the project's own Astro setup, the way `npm run build` builds the sample.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures');

export interface BuildResult {
  /** Exit code of `astro build`. */
  code: number;
  stdout: string;
  stderr: string;
  /** Where the site was written. */
  outDir: string;
}

export interface BuildOptions {
  /** Folder holding `content/`; a fixture name under tests/fixtures, or an absolute path. */
  content: string;
  base?: string;
  site?: string;
  outDir?: string;
  /** Run `npm run check` instead of a build. */
  command?: 'build' | 'check';
}

// The test runner sets Vite's own variables (BASE_URL, MODE, ...) in its environment; a build must not inherit them.
const RUNNER_VARIABLES = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']);

export function inheritedEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !RUNNER_VARIABLES.has(name) && !name.startsWith('VITEST')));
}

/**
 * A fresh output folder inside the project: Astro writes its intermediate server build to the output
 * folder when that is under the working directory, and to one shared folder otherwise, where
 * builds running side by side would overwrite each other.
 */
export function newOutDir(): string {
  mkdirSync(join(PROJECT_ROOT, 'tests/.output'), { recursive: true });
  return mkdtempSync(join(PROJECT_ROOT, 'tests/.output/build-'));
}

/** Runs a real build in a child process and returns what it printed. */
export function buildSite(options: BuildOptions): BuildResult {
  const contentRoot = options.content.startsWith('/') ? options.content : join(FIXTURES, options.content);
  const outDir = options.outDir ?? newOutDir();
  const bin = join(PROJECT_ROOT, 'node_modules/.bin');
  const args = options.command === 'check' ? [join(PROJECT_ROOT, 'scripts/check.ts')] : [join(bin, 'astro'), 'build'];
  const result = spawnSync(join(bin, 'node'), args, {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: {
      ...inheritedEnv(),
      PATH: `${bin}:${process.env.PATH}`,
      CONTENT_ROOT: contentRoot,
      OUT_DIR: outDir,
      BASE_PATH: options.base ?? '',
      SITE_URL: options.site ?? 'https://fixtures.example.org',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status ?? 1, stdout: result.stdout, stderr: result.stderr, outDir };
}

export function removeBuild(result: BuildResult): void {
  rmSync(result.outDir, { recursive: true, force: true });
}
