// Splitting satori's SVG: the words as satori placed them, with their fonts, paint and clips; the shapes without them.
import { describe, expect, it } from 'vitest';
import { cardTree } from '../../../src/lib/cards/layout.ts';
import { renderSvg } from '../../../src/lib/cards/render.ts';
import { splitSvg } from '../../../src/lib/cards/svg-text.ts';
import { card, HOSTILE } from './fixtures.ts';

const SVG = (body: string) => `<svg width="1200" height="630" xmlns="http://www.w3.org/2000/svg">${body}</svg>`;

describe('splitSvg', () => {
  it('reads each word with its place, font, paint and letter spacing, and drops the spaces', () => {
    const { shapes, runs } = splitSvg(
      SVG(
        '<rect x="0" y="0" width="1200" height="630" fill="#fff"/>' +
          '<text x="84" y="91" width="79" height="26" font-weight="700" font-style="normal" font-size="22" font-family="inter,inter greek" letter-spacing="1.5" fill="#ffffff">CLAIM</text>' +
          '<text x="163" y="91" width="6" height="26" font-weight="700" font-style="normal" font-size="22" font-family="inter,inter greek" fill="#ffffff"> </text>',
      ),
    );
    expect(shapes).toBe(SVG('<rect x="0" y="0" width="1200" height="630" fill="#fff"/>'));
    expect(runs).toEqual([{ text: 'CLAIM', x: 84, y: 91, families: ['inter', 'inter greek'], weight: '700', style: 'normal', size: 22, fill: '#ffffff', letterSpacing: 1.5, clips: [] }]);
  });

  it('decodes the entities satori escapes text with', () => {
    const { runs } = splitSvg(SVG('<text x="1" y="2" font-size="10" font-family="inter">&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39; &#x2014; &#8212;</text>'));
    expect(runs[0]!.text).toBe('<b> & "x" \'y\' — —');
  });

  it('gives a word every clip around it, outermost first, and words in the same clip the same list', () => {
    const { runs } = splitSvg(
      SVG(
        '<clipPath id="outer"><path d="M0,0h10v10h-10z" clip-rule="evenodd"/></clipPath>' +
          '<clipPath id="inner" clip-path="url(#outer)"><rect x="1" y="2" width="3" height="4"/></clipPath>' +
          '<text x="1" y="2" font-size="10" font-family="inter" clip-path="url(#inner)">a</text>' +
          '<text x="5" y="2" font-size="10" font-family="inter" clip-path="url(#inner)">b</text>',
      ),
    );
    expect(runs[0]!.clips).toEqual([{ path: 'M0,0h10v10h-10z', evenOdd: true }, { rect: [1, 2, 3, 4] }]);
    expect(runs[1]!.clips).toBe(runs[0]!.clips);
  });

  it('refuses what it would not draw: an attribute it does not know, a clip it cannot find', () => {
    expect(() => splitSvg(SVG('<text x="1" y="2" font-size="10" font-family="inter" transform="rotate(9)">a</text>'))).toThrow(/does not draw: transform/);
    expect(() => splitSvg(SVG('<text x="1" y="2" font-size="10" font-family="inter" clip-path="url(#gone)">a</text>'))).toThrow(/#gone/);
  });

  it.each(HOSTILE.map((h) => [h]))('reads %j back as the words it is, from the SVG satori lays out', async (hostile) => {
    const svg = await renderSvg(cardTree(card({ verdict: 'contradicted', quote: hostile, summary: hostile })));
    const words = splitSvg(svg).runs.map((run) => run.text).join('');
    expect(words.split(hostile.replace(/\s+/g, '')).length - 1).toBeGreaterThanOrEqual(2);
    expect(splitSvg(svg).shapes).not.toContain('<text');
  });
});
