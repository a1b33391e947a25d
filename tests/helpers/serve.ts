// A static file server over a built site, on loopback, serving it under a base path as a static host would, with
// the response headers of its `_headers` file as Netlify and Cloudflare Pages apply them.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { headersFor, readHeadersFile } from './headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.json': 'application/json',
  '.txt': 'text/plain',
};

export interface StaticSite {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `dir` at http://127.0.0.1:<port><base>; directories answer with their index.html. The headers of the
 * `_headers` rules that match the request's path are sent with every answer, the values of a header set by several
 * rules joined with a comma (as Cloudflare Pages does).
 */
export async function serveStatic(dir: string, base = '/'): Promise<StaticSite> {
  const rules = readHeadersFile(dir);
  const server: Server = createServer((request, response) => {
    const requested = new URL(request.url ?? '/', 'http://localhost').pathname;
    for (const [name, values] of headersFor(rules, requested)) response.setHeader(name, values.join(', '));
    const pathname = decodeURIComponent(requested);
    if (!pathname.startsWith(base)) {
      response.writeHead(404).end('not under the base path');
      return;
    }
    let file = normalize(join(dir, pathname.slice(base.length)));
    if (!file.startsWith(normalize(dir))) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404, { 'Content-Type': TYPES['.html'] });
      const notFound = join(dir, '404.html');
      if (existsSync(notFound)) createReadStream(notFound).pipe(response);
      else response.end('not found');
      return;
    }
    if (!response.hasHeader('content-type')) response.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    response.writeHead(200);
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
