// Site configuration: the address and base path come from SITE_URL and BASE_PATH (see the README).
import { defineConfig } from 'astro/config';
import { join } from 'node:path';
import annotatedNews from './src/integration/index.ts';
import { contentRoot } from './src/content-root.ts';

const root = contentRoot();

export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR || join(root, 'dist'),
  cacheDir: join(root, 'node_modules', '.astro'),
  build: { format: 'directory' },
  compressHTML: true,
  devToolbar: { enabled: false },
  integrations: [annotatedNews()],
});
