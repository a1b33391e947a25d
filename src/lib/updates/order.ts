// The order of an annotation's updates: by date, and, for updates of the same day, in the order the file lists them.
import { compareDates } from '../dates.ts';

export interface Placed<U> {
  update: U;
  /** Position in the annotation's list of updates. */
  index: number;
}

/** The updates oldest first; updates of the same date keep the order of the list. */
export function chronological<U extends { date: string }>(updates: readonly U[]): Placed<U>[] {
  return updates.map((update, index) => ({ update, index })).sort((a, b) => compareDates(a.update.date, b.update.date) || a.index - b.index);
}

/** The newest update, or undefined when there is none. */
export function latestUpdate<U extends { date: string }>(updates: readonly U[]): Placed<U> | undefined {
  return chronological(updates).at(-1);
}
