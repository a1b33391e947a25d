// Every built page is valid HTML by the W3C Nu HTML Checker (npm package vnu-jar, which runs on Java).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, removeBuild, type BuildResult } from '../helpers/build.ts';

const vnuJar: string = createRequire(import.meta.url)('vnu-jar');
const hasJava = spawnSync('java', ['-version']).status === 0;

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

function validate(dir: string): VnuMessage[] {
  const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', '--skip-non-html', dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return (JSON.parse(run.stderr || '{"messages":[]}') as { messages: VnuMessage[] }).messages;
}

// The checker needs a Java runtime: CI installs one (.ci/run); a machine without Java cannot run these.
describe.skipIf(!hasJava).each([
  { content: 'full', base: '' },
  { content: 'full', base: '/fact-checks/' },
  { content: 'plain', base: '' },
  { content: 'rich', base: '' },
])('the $content fixture site built with base "$base"', ({ content, base }) => {
  let build: BuildResult;
  beforeAll(() => {
    build = buildSite({ content, base });
    if (build.code !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  });
  afterAll(() => removeBuild(build));

  it('builds without a warning or an error in its output', () => {
    expect(`${build.stdout}\n${build.stderr}`).not.toMatch(/\[(WARN|ERROR)\]|warning/i);
  });

  it('has no page that the Nu HTML Checker reports an error in', () => {
    const errors = validate(build.outDir).map((m) => `${m.url.replace(`file:${build.outDir}`, '')}:${m.lastLine}: ${m.message}`);
    expect(errors).toEqual([]);
  });
});
