// Untrusted text in figure data stays text: no element, attribute or script can be smuggled into the markup.
import { describe, expect, it } from 'vitest';
import { drawFigure } from '../../../src/lib/figures/index.ts';
import type { Figure } from '../../../src/schemas/figure.ts';
import { $$, descendants, parse, textOf } from './dom.ts';
import * as f from './fixtures.ts';

/** Every string field of every figure type filled with the same hostile text. */
function hostileFigures(h: string): Figure[] {
  const common = { title: h, description: h };
  return [
    { ...f.bar, ...common, unit: h, bars: [{ label: h, value: 1, note: h }, { label: `${h} 2`, value: -2 }] },
    { ...f.line, ...common, unit: h, series: [{ name: h, points: [{ date: '2024-10-01', value: 3 }, { date: '2024-10-09', value: 5 }] }] },
    { ...f.timeline, ...common, events: [{ date: '2024-10-01', label: h, claim: 'a-claim' }, { date: '2024-10-02', label: h }] },
    {
      ...f.map,
      ...common,
      points: [
        { id: 'a', name: h, lat: 43.12, lon: 131.89 },
        { id: 'b', name: `${h} b`, lat: 51.73, lon: 36.19 },
      ],
      routes: [{ from: 'a', to: 'b', label: h }],
    },
    { ...f.table, ...common, columns: [h, 'n'], rows: [[h, 1], ['x', h]] },
  ];
}

const ALLOWED_TAGS = new Set([
  'svg', 'title', 'desc', 'defs', 'marker', 'g', 'path', 'rect', 'circle', 'text', 'tspan', 'a',
  'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td', 'time',
]);

describe.each(f.HOSTILE.map((h) => [h]))('hostile text %j', (hostile) => {
  it.each(hostileFigures(hostile).map((fig) => [fig.type, fig] as const))('stays inert text in a %s figure', (_type, figure) => {
    const drawn = drawFigure(figure, f.links);
    for (const markup of [drawn.graphic, drawn.dataTable ?? '']) {
      const tree = parse(markup);
      const elements = descendants(tree);
      expect(elements.filter((el) => !ALLOWED_TAGS.has(el.tagName)).map((el) => el.tagName)).toEqual([]);
      const handlers = elements.flatMap((el) => Object.keys(el.properties).filter((name) => /^on/i.test(name)));
      expect(handlers).toEqual([]);
    }
    // The words may remain, as text; what must not remain is a tag opening or a quote closing an attribute.
    expect(drawn.graphic).not.toMatch(/<script|<img|<\/svg><|="x"|='y'/i);
  });

  it.each(hostileFigures(hostile).map((fig) => [fig.type, fig] as const))('reads back unchanged from a %s figure', (_type, figure) => {
    const drawn = drawFigure(figure, f.links);
    const graphic = parse(drawn.graphic);
    if (figure.type === 'table') {
      expect($$(graphic, 'thead th').map(textOf)[0]).toBe(hostile);
      expect($$(graphic, 'tbody th').map(textOf)[0]).toBe(hostile);
      return;
    }
    expect(textOf($$(graphic, 'title')[0]!)).toBe(hostile);
    expect(textOf($$(graphic, 'desc')[0]!)).toBe(hostile);
    const texts = $$(graphic, 'text').map(textOf).join('\n');
    // Wrapping may break the text at spaces, so compare it with white space folded.
    const fold = (s: string) => s.replace(/\s+/g, '');
    expect(fold(texts)).toContain(fold(hostile));
  });
});
