// The updates log: every change to an annotation after its publication, with the verdict it replaced, newest first.
import type { Update, Verdict } from '../../schemas/index.ts';
import { compareDates } from '../dates.ts';
import type { ResolvedAnnotation, Site } from '../graph/types.ts';
import { chronological } from './order.ts';

export interface UpdateEntry {
  /** The annotation's article and id. */
  article: string;
  id: string;
  update: Update;
  /** The id of the update's element on the annotation's page: `update-<day>`, `update-<day>-2` for a second that day. */
  anchor: string;
  /** The verdicts before and after, for an update that changed the verdict. */
  change: { from: Verdict; to: Verdict | null } | null;
}

/** The updates of one annotation, newest first. */
export function annotationUpdates(resolved: Pick<ResolvedAnnotation, 'article' | 'annotation'>): UpdateEntry[] {
  const { annotation } = resolved;
  const ordered = chronological(annotation.updates ?? []);
  const perDay = new Map<string, number>();
  const entries = ordered.map(({ update }, i): UpdateEntry => {
    // Anchors name the day and, for later updates of the same day, their rank: adding an update never renames
    // an earlier one, so feed entries and shared links keep their address.
    const day = update.date.slice(0, 10);
    const rank = (perDay.get(day) ?? 0) + 1;
    perDay.set(day, rank);
    // The verdict an update led to is the one the next change replaced, or the verdict now.
    const next = ordered.slice(i + 1).find((later) => later.update.previous !== undefined);
    const change = update.previous === undefined ? null : { from: update.previous, to: next?.update.previous ?? annotation.verdict ?? null };
    return { article: resolved.article, id: annotation.id, update, anchor: rank === 1 ? `update-${day}` : `update-${day}-${rank}`, change };
  });
  return entries.reverse();
}

/** Every update of the site, newest first; of updates of the same instant, the one listed later (in the site's order) first. */
export function siteUpdates(site: Site): UpdateEntry[] {
  const all = site.articles.flatMap((article) => article.annotations.flatMap((resolved) => annotationUpdates(resolved).reverse()));
  return all.map((entry, i) => ({ entry, i })).sort((a, b) => compareDates(b.entry.update.date, a.entry.update.date) || b.i - a.i).map(({ entry }) => entry);
}
