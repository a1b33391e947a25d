// The card renderer of another revision (main by default), taken from git, to compare pictures and speed with.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { CardInput } from '../../../src/lib/cards/types.ts';
import { PROJECT_ROOT } from './fixtures.ts';

export interface BaseRenderer {
  ref: string;
  commit: string;
  renderCard: (input: CardInput) => Promise<Uint8Array>;
  dispose: () => void;
}

/**
 * `src/` as it is at `ref`, extracted into a `bench-…` folder of the project (ignored by git; inside the project
 * so that its imports find node_modules, outside node_modules so that Node strips its types), and its renderCard.
 */
export async function baseRenderer(ref = process.env.CARDS_BASE ?? 'main'): Promise<BaseRenderer> {
  const commit = execFileSync('git', ['rev-parse', '--short', ref], { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim();
  const dir = mkdtempSync(join(PROJECT_ROOT, 'bench-cards-base-'));
  execFileSync('sh', ['-c', `git archive ${commit} src | tar -x -C "${dir}"`], { cwd: PROJECT_ROOT });
  const module = (await import(join(dir, 'src/lib/cards/render.ts'))) as { renderCard: BaseRenderer['renderCard'] };
  return { ref, commit, renderCard: module.renderCard, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
