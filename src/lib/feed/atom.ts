// An Atom feed of the site's annotations, newest review first; every string escaped as XML.
import { toInstant } from '../dates.ts';
import { escapeAttr } from '../escape.ts';

export interface FeedEntry {
  id: string;
  title: string;
  url: string;
  updated: string;
  summary: string;
}

export interface Feed {
  title: string;
  subtitle: string;
  url: string;
  selfUrl: string;
  updated: string;
  entries: FeedEntry[];
}


export function renderAtom(feed: Feed): string {
  const entries = feed.entries.map(
    (e) => `  <entry>
    <id>${escapeAttr(e.id)}</id>
    <title>${escapeAttr(e.title)}</title>
    <link rel="alternate" href="${escapeAttr(e.url)}"/>
    <updated>${toInstant(e.updated)}</updated>
    <summary>${escapeAttr(e.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeAttr(feed.url)}</id>
  <title>${escapeAttr(feed.title)}</title>
  <subtitle>${escapeAttr(feed.subtitle)}</subtitle>
  <link rel="alternate" href="${escapeAttr(feed.url)}"/>
  <link rel="self" href="${escapeAttr(feed.selfUrl)}"/>
  <updated>${toInstant(feed.updated)}</updated>
  <author><name>${escapeAttr(feed.title)}</name></author>
${entries.join('\n')}
</feed>
`;
}
