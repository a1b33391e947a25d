// Embeds: the frame's height for an annotation's text, its <iframe> code, and the oEmbed document.
import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { EMBED_WIDTH, embedHeight, iframeHtml, oembedDocument } from '../../../src/lib/sharing/embed.ts';

describe('the height of an embed', () => {
  it('grows with the text, within bounds', () => {
    const short = embedHeight({ quote: 'Short.', summary: 'Short.' });
    const long = embedHeight({ quote: 'word '.repeat(60), summary: 'word '.repeat(40), claimant: 'The mayor' });
    expect(short).toBeGreaterThanOrEqual(220);
    expect(long).toBeGreaterThan(short);
    expect(embedHeight({ quote: 'Short.', summary: 'Short.', correction: 'The text as it most likely read.' })).toBeGreaterThan(short);
    expect(embedHeight({ quote: 'word '.repeat(1000), summary: 's' })).toBe(720);
  });
});

describe('the embed code', () => {
  const frame = { src: 'https://example.org/a/claims/b/embed/', title: 'Supported: “a <b> & "c"”', height: 300 };

  it('is one sandboxed iframe without scripts, whose title stays an attribute whatever it holds', () => {
    const [node, ...rest] = fromHtml(iframeHtml(frame), { fragment: true }).children as Element[];
    expect(rest).toEqual([]);
    expect(node!.tagName).toBe('iframe');
    const { src, title, width, height, sandbox } = node!.properties;
    expect([src, title, Number(width), Number(height)]).toEqual([frame.src, frame.title, EMBED_WIDTH, 300]);
    expect([sandbox].flat().join(' ')).toBe('allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation');
  });

  it('is the html of an oEmbed of type rich, with the size of the frame', () => {
    const document = oembedDocument({
      frame,
      title: 'Supported: “a”',
      author: { name: 'Desk' },
      provider: { name: 'Checks', url: 'https://example.org/' },
      thumbnail: { url: 'https://example.org/cards/a/b.png', width: 1200, height: 630 },
    });
    expect(document).toMatchObject({ version: '1.0', type: 'rich', html: iframeHtml(frame), width: EMBED_WIDTH, height: 300, provider_name: 'Checks' });
    expect(document).not.toHaveProperty('author_url');
  });
});
