// Dates and counts written for readers, the same on every build.

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `2024-10-25` or an ISO date-time, as "25 October 2024". */
export function formatDate(iso: string): string {
  return DAY.format(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso));
}

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
