// The verified content of the running build or dev server: verified once by the content loader, read by the
// integration (report and exit code) and by every page.
// Astro loads the integration, the content config and the pages as separate module graphs of one process, so the
// verification is handed over on globalThis, under a registered symbol, rather than in a module variable.
import { resolve } from 'node:path';
import { readContentFiles } from '../content/read-files.ts';
import { verifyContent, type Verification } from '../verify/index.ts';

export interface VerifiedContent extends Verification {
  /** The folder holding `content/`. */
  root: string;
  /** Counts up with every verification of the process, so readers can tell a new one. */
  generation: number;
}

const SLOT = Symbol.for('annotated-news.verified-content');
type Holder = { [SLOT]?: VerifiedContent };

/** Reads and verifies the content under `root`, and makes the result the current one. */
export function verifyAndPublish(root: string): VerifiedContent {
  const holder = globalThis as Holder;
  const state = { root: resolve(root), generation: (holder[SLOT]?.generation ?? 0) + 1, ...verifyContent(readContentFiles(root)) };
  holder[SLOT] = state;
  return state;
}

/** The current verification of the content under `root`, if one was made in this process. */
export function verifiedContent(root: string): VerifiedContent | undefined {
  const state = (globalThis as Holder)[SLOT];
  return state?.root === resolve(root) ? state : undefined;
}
