// JSON for a <script type="application/ld+json"> element that no string inside can break out of.

/** Serialises data so that `</script>`, `<!--` and line separators inside strings stay inert. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
