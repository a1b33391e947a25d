// Counts and language names written for readers, the same on every build.

/** "1 claim", "3 claims". */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

const LANGUAGES = new Intl.DisplayNames(['en'], { type: 'language' });

/** A BCP 47 tag as a language name: `ja` gives "Japanese"; an unknown tag is shown as it is. */
export function languageName(tag: string): string {
  try {
    return LANGUAGES.of(tag) ?? tag;
  } catch {
    return tag;
  }
}
