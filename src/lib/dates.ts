// Dates as the content writes them (`YYYY-MM-DD` or an ISO 8601 date-time) and as readers see them: one locale, UTC.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Milliseconds since the epoch of a `YYYY-MM-DD` date (midnight UTC) or an ISO date-time. */
export function parseDate(value: string): number {
  const ms = Date.parse(isDateOnly(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(ms)) throw new Error(`not a date: ${JSON.stringify(value)}`);
  return ms;
}

/** Orders two dates by the instant they name: negative when `a` is earlier, 0 when they are the same instant. */
export function compareDates(a: string, b: string): number {
  return parseDate(a) - parseDate(b);
}

/** Whether the value is a day without a time of day. */
export function isDateOnly(value: string): boolean {
  return value.length === 10;
}

/** The instant as feeds and sitemaps write it: `2024-10-25T00:00:00Z` for a day, the UTC time of a date-time. */
export function toInstant(value: string): string {
  return isDateOnly(value) ? `${value}T00:00:00Z` : new Date(parseDate(value)).toISOString();
}

/** The month's name, or its first three letters where space is short (axis ticks). */
export function monthName(month: number, form: 'long' | 'short' = 'long'): string {
  const name = MONTHS[month] ?? '';
  return form === 'short' ? name.slice(0, 3) : name;
}

/** "25 October 2024" for a UTC instant; "25 Oct 2024" in the short form. */
export function formatDay(ms: number, form: 'long' | 'short' = 'long'): string {
  const d = new Date(ms);
  return `${d.getUTCDate()} ${monthName(d.getUTCMonth(), form)} ${d.getUTCFullYear()}`;
}

/** "14:05" for a UTC instant. */
export function formatClock(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
}

/** "25 October 2024", or "25 October 2024, 14:05 UTC" when the value gives a time: how every page writes a date. */
export function formatDate(value: string, form: 'long' | 'short' = 'long'): string {
  const ms = parseDate(value);
  return isDateOnly(value) ? formatDay(ms, form) : `${formatDay(ms, form)}, ${formatClock(ms)} UTC`;
}
