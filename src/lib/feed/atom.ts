// An Atom feed of the site's annotations, newest review first; every string escaped as XML.

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

export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
}

const stamp = (date: string) => (date.length === 10 ? `${date}T00:00:00Z` : new Date(date).toISOString());

export function renderAtom(feed: Feed): string {
  const entries = feed.entries.map(
    (e) => `  <entry>
    <id>${escapeXml(e.id)}</id>
    <title>${escapeXml(e.title)}</title>
    <link rel="alternate" href="${escapeXml(e.url)}"/>
    <updated>${stamp(e.updated)}</updated>
    <summary>${escapeXml(e.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(feed.url)}</id>
  <title>${escapeXml(feed.title)}</title>
  <subtitle>${escapeXml(feed.subtitle)}</subtitle>
  <link rel="alternate" href="${escapeXml(feed.url)}"/>
  <link rel="self" href="${escapeXml(feed.selfUrl)}"/>
  <updated>${stamp(feed.updated)}</updated>
  <author><name>${escapeXml(feed.title)}</name></author>
${entries.join('\n')}
</feed>
`;
}
