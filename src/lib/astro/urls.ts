// Site paths resolved against the configured base path and site address, for pages and components.
import { withBase } from '../paths.ts';

/** A site path under the base path, for links and assets. */
export const href = (path: string) => withBase(import.meta.env.BASE_URL, path);

/** The absolute address of a site path, for canonical links, feeds and structured data. */
export const absolute = (path: string, site: URL | undefined) => new URL(href(path), site ?? 'http://localhost:4321').href;
