// The feed's entries for updates: one per change to an annotation, leading to that update on the annotation's page.
import { paths } from '../paths.ts';
import { findAnnotation } from '../graph/lookup.ts';
import type { Site } from '../graph/types.ts';
import { siteUpdates, type UpdateEntry } from '../updates/log.ts';
import { annotationLabel, verdictInfo } from '../vocabulary.ts';
import type { FeedEntry } from './atom.ts';

/** "Verdict changed from Mixed to Mostly supported.", or nothing for an update that kept the verdict. */
export function changeSentence(change: UpdateEntry['change']): string {
  if (!change) return '';
  const from = verdictInfo(change.from).label;
  return change.to ? `Verdict changed from ${from} to ${verdictInfo(change.to).label}.` : `The verdict was ${from}.`;
}

/** One entry per update of the site, with absolute addresses made by `absolute`. */
export function updateEntries(site: Site, absolute: (path: string) => string): FeedEntry[] {
  return siteUpdates(site).map((entry) => {
    const { annotation, quote } = findAnnotation(site, entry.article, entry.id)!;
    const url = absolute(paths.claimUpdate(entry.article, entry.id, entry.anchor));
    return {
      id: url,
      url,
      title: `Updated: ${annotationLabel(annotation).label}: “${quote.quote}”`,
      summary: [entry.update.note, changeSentence(entry.change)].filter(Boolean).join(' '),
      updated: entry.update.date,
    };
  });
}
