// The `related` references of the authoring format: an id in the same article, or `<slug>#<id>` in another.

/** A `related` entry: `id` in the same article, or `<slug>#<id>` in another. */
export function parseRelated(ref: string, slug: string): { article: string; id: string } {
  const [first, second] = ref.split('#') as [string, string | undefined];
  return second === undefined ? { article: slug, id: first } : { article: first, id: second };
}

