// The README's deploy instructions hold together: its GitHub Pages workflow is valid YAML that builds the site under
// the repository's path and publishes dist/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../helpers/build.ts';

const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');

interface Step {
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}

describe('the GitHub Pages workflow of the README', () => {
  const block = /`\.github\/workflows\/pages\.yml`:\n\n```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
  const workflow = parse(block ?? '') as { permissions: Record<string, string>; jobs: Record<string, { steps: Step[]; needs?: string }> };

  it('is in the README, as YAML', () => {
    expect(block).toBeTruthy();
    expect(Object.keys(workflow.jobs)).toEqual(['build', 'deploy']);
  });

  it('builds with the site address and the repository\'s path as base path, and publishes dist/', () => {
    const steps = workflow.jobs.build!.steps;
    const build = steps.find((step) => step.run === 'npm run build')!;
    expect(build.env).toEqual({ SITE_URL: 'https://${{ github.repository_owner }}.github.io', BASE_PATH: '/${{ github.event.repository.name }}/' });
    expect(steps.findIndex((step) => step.run === 'npm ci')).toBeLessThan(steps.indexOf(build));
    expect(steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))?.with).toEqual({ path: 'dist' });
  });

  it('restores the previous build\'s cache and site after npm ci and before the build, and saves them under a new key', () => {
    const steps = workflow.jobs.build!.steps;
    const cache = steps.find((step) => step.uses?.startsWith('actions/cache@'))!;
    expect(cache.with).toEqual({ path: 'node_modules/.astro\ndist\n', key: 'astro-${{ github.run_id }}', 'restore-keys': 'astro-' });
    expect(steps.findIndex((step) => step.run === 'npm ci')).toBeLessThan(steps.indexOf(cache));
    expect(steps.indexOf(cache)).toBeLessThan(steps.findIndex((step) => step.run === 'npm run build'));
  });

  it('deploys with the permissions GitHub Pages asks for', () => {
    expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
    expect(workflow.jobs.deploy!.needs).toBe('build');
    expect(workflow.jobs.deploy!.steps.map((step) => step.uses)).toEqual(['actions/deploy-pages@v4']);
  });
});
