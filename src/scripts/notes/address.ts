// A shared address opens its annotation: `#claim-<id>` and `#note-<id>` bring it into view and show its note.

import { parseHash } from '../../lib/dom.ts';
import type { ArticlePage } from './page.ts';

/** Calls `show` for the annotation the address names, now and whenever the address changes. */
export function followAddresses(page: ArticlePage, show: (id: string) => void): void {
  const follow = () => {
    let hash = location.hash;
    try {
      hash = decodeURIComponent(hash);
    } catch {
      return;
    }
    const named = parseHash(hash);
    if (!named) return;
    const target = document.getElementById(hash.slice(1));
    // `#claim-<alias>` names the annotation through its mark; `#note-<id>` names it directly.
    const id = named.kind === 'note' ? named.id : target ? page.claimAt(target) : null;
    if (id && page.noteOf(id)) show(id);
  };
  addEventListener('hashchange', follow);
  // The browser keeps its own scroll to the fragment until the page has loaded: take over after it.
  if (document.readyState === 'complete') follow();
  else addEventListener('load', () => requestAnimationFrame(follow), { once: true });
}
