// Every address of the site, under its base path: the one place that knows the URL contract.

/** The base path with exactly one slash at each end: `/`, `/fact-checks/`. */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '/').replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** Joins a site path (starting with `/`) to the base path. */
export function withBase(base: string, path: string): string {
  return normalizeBase(base) + path.replace(/^\/+/, '');
}

export const paths = {
  home: () => '/',
  article: (slug: string) => `/articles/${slug}/`,
  claimInArticle: (slug: string, id: string) => `/articles/${slug}/#claim-${id}`,
  claim: (slug: string, id: string) => `/articles/${slug}/claims/${id}/`,
  /** One update in the log of an annotation's page. */
  claimUpdate: (slug: string, id: string, update: string) => `/articles/${slug}/claims/${id}/#${update}`,
  /** The annotation as a small page for another site's iframe. */
  embed: (slug: string, id: string) => `/articles/${slug}/claims/${id}/embed/`,
  oembed: (slug: string, id: string) => `/articles/${slug}/claims/${id}/oembed.json`,
  updates: () => '/updates/',
  source: (id: string) => `/sources/${id}/`,
  claims: () => '/claims/',
  verdicts: () => '/verdicts/',
  verdict: (verdict: string) => `/verdicts/#${verdict}`,
  /** The verdict scale's explanation of updates. */
  howUpdatesWork: () => '/verdicts/#updates',
  figure: (slug: string, id: string) => `/articles/${slug}/#figure-${id}`,
  socialCard: (slug: string, id: string) => `/cards/${slug}/${id}.png`,
  feed: () => '/feed.xml',
  search: () => '/search/',
  /** The search index and interface, which Pagefind writes after the build. */
  searchBundle: () => '/pagefind/',
  /** The page a static host shows for an address that leads nowhere. */
  notFound: () => '/404.html',
  /** Scripts and stylesheets of the build, named after a hash of their content. */
  assets: () => '/_astro/',
  webAnnotations: (slug: string) => `/articles/${slug}/annotations.jsonld`,
} as const;
