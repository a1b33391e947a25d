// Site configuration: the address and base path come from SITE_URL and BASE_PATH (see the README).
import { defineConfig } from 'astro/config';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import annotatedNews from './src/integration/index.ts';
import { contentRoot } from './src/content-root.ts';

const project = fileURLToPath(new URL('.', import.meta.url));
// The folder that holds content/ is Astro's root, so that builds of different content (the fixture sites)
// keep their generated files apart; the code always comes from this project.
const root = contentRoot();

export default defineConfig({
  root,
  srcDir: join(project, 'src'),
  publicDir: join(project, 'public'),
  site: process.env.SITE_URL || 'http://localhost:4321',
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR || join(root, 'dist'),
  cacheDir: join(root, 'node_modules', '.astro'),
  // Every stylesheet and script is a file of its own, never inlined: pages then satisfy a Content-Security-Policy
  // without 'unsafe-inline' (see src/lib/hosting/headers.ts). Four pages are rendered at a time, so that a page's
  // writes (into the output and into the incremental build's cache) overlap the rendering of the next ones instead
  // of leaving the thread waiting: about 2 s less for a clean build of 100 articles.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  compressHTML: true,
  devToolbar: { enabled: false },
  integrations: [annotatedNews()],
  // Pages whose cache key (a digest of what they show) and code are unchanged keep their previous output.
  experimental: { incrementalBuild: true },
  vite: { server: { fs: { allow: [project, root] } }, build: { assetsInlineLimit: 0 } },
});
