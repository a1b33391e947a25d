// Map label layout: route numbers tied to a legend below the map, and place labels that never overlap each other, a dot,
// a route number or the edge of the view, however close the places and however long their names.
import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { drawFigure } from '../../../../src/lib/figures/index.ts';
import { overlaps as touches } from '../../../../src/lib/figures/labels.ts';
import { keyName, layOutLabels, type LabelledPlace, type LabelledRoute } from '../../../../src/lib/figures/map/label-layout.ts';
import { DOT, numberRadius } from '../../../../src/lib/figures/map/marks.ts';
import { FONT, LINE, textWidth } from '../../../../src/lib/figures/svg.ts';
import type { MapFigure } from '../../../../src/schemas/figure.ts';
import { $, $$, num, parse, prop, textOf } from '../dom.ts';
import { cluster, crowd, links, pile, routeMap as sample } from '../fixtures.ts';

type Box = { x0: number; x1: number; y0: number; y1: number };
type XY = readonly [number, number];

function viewBox(svg: ReturnType<typeof parse>) {
  const [, , width, height] = prop($(svg, 'svg'), 'viewBox').split(' ').map(Number) as [number, number, number, number];
  return { width, height, map: num($(svg, 'rect.fig-water'), 'height') };
}

/** One box per line of a text, from the same width estimate the layout uses, trimmed by half a unit for rounding. */
function textBoxes(t: Element, size: number, bold: boolean): Box[] {
  const anchor = prop(t, 'textAnchor') || 'start';
  const spans = $$(t, 'tspan');
  const lines = spans.length ? spans : [t];
  return lines.map((line) => {
    const w = textWidth(textOf(line), size, bold);
    const x = num(line, 'x');
    const y = num(line, 'y');
    const x0 = x - (anchor === 'end' ? w : anchor === 'middle' ? w / 2 : 0);
    return { x0: x0 + 0.5, x1: x0 + w - 0.5, y0: y - size * 0.8 + 0.5, y1: y + size * 0.25 - 0.5 };
  });
}

const circleBox = (c: Element, by = 0): Box => {
  const [cx, cy, radius] = [num(c, 'cx'), num(c, 'cy'), num(c, 'r') - by];
  return { x0: cx - radius, x1: cx + radius, y0: cy - radius, y1: cy + radius };
};
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const segment = (d: string): [XY, XY] => {
  const n = [...d.matchAll(/-?[\d.]+/g)].map((m) => Number(m[0]));
  return [[n[0]!, n[1]!], [n[2]!, n[3]!]];
};
/** Whether a segment passes through a box, sampled finely. */
const through = (b: Box, [p, q]: [XY, XY]) =>
  Array.from({ length: 101 }, (_, k) => k / 100).some((t) => {
    const [x, y] = [p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t];
    return x > b.x0 && x < b.x1 && y > b.y0 && y < b.y1;
  });

/** What the map body holds: each place label and route number with its leader, and the dots. */
function layout(figure: MapFigure) {
  const svg = parse(drawFigure(figure, links).graphic);
  const marks = [
    ...$$(svg, 'g.fig-places g.fig-place').map((g) => ({
      kind: 'place',
      text: textOf($(g, 'text')),
      key: prop($(g, 'text'), 'className').includes('fig-place-key'),
      boxes: textBoxes($(g, 'text.fig-place-label'), FONT, true),
      leader: $$(g, 'path.fig-leader').map((p) => segment(prop(p, 'd')))[0],
    })),
    ...$$(svg, 'g.fig-route-numbers g.fig-route-number').map((g) => ({
      kind: 'number',
      text: textOf($(g, 'text')),
      key: false,
      // The circle's bounding square, less a unit: the circle itself is rounder than its box.
      boxes: [circleBox($(g, 'circle'), 1)],
      leader: $$(g, 'path.fig-leader').map((p) => segment(prop(p, 'd')))[0],
    })),
  ];
  const dots = $$(svg, 'circle.fig-point').map((c) => circleBox(c));
  return { svg, marks, dots, ...viewBox(svg) };
}

describe.each([
  ['the sample route map', sample],
  ['four places within 100 km, with long names', cluster],
  ['twelve places in one spot', pile],
  ['thirty places with long names', crowd],
] as const)('%s', (_name, figure) => {
  const { svg, marks, dots, width, height, map } = layout(figure);
  const labelled = (figure.routes ?? []).filter((route) => route.label?.trim());
  const legendTop = Math.min(height, ...$$(svg, 'g.fig-legend text').map((t) => num(t, 'y') - FONT));

  it('draws one number per labelled route on the map, and one legend row per labelled route', () => {
    expect(marks.filter((m) => m.kind === 'number').map((m) => m.text)).toEqual(labelled.map((_, i) => String(i + 1)));
    const rows = $$(svg, 'g.fig-legend g.fig-legend-row').filter((row) => $$(row, 'text.fig-route-number-label').length);
    expect(rows).toHaveLength(labelled.length);
    rows.forEach((row, i) => {
      expect(textOf($(row, 'text.fig-route-number-label'))).toBe(String(i + 1));
      expect(textOf($(row, 'text.fig-legend-label'))).toBe(labelled[i]!.label);
      expect(prop($(row, 'path.fig-route-key'), 'markerEnd')).toBe(`url(#figure-${figure.id}-arrow)`);
    });
    // Route labels leave the map body; the paths keep their names as tooltips.
    expect($$(svg, 'text.fig-route-label')).toEqual([]);
    expect($$(svg, 'path.fig-route').map((p) => textOf($(p, 'title')))).toHaveLength((figure.routes ?? []).length);
  });

  it('names every place once: on the map, or by a key on the map spelled out in the legend', () => {
    const keyed = new Map(
      $$(svg, 'g.fig-legend g.fig-legend-row')
        .filter((row) => $$(row, 'text.fig-place-key').length)
        .map((row) => [textOf($(row, 'text.fig-place-key')), textOf($(row, 'text.fig-legend-label'))]),
    );
    const places = marks.filter((m) => m.kind === 'place');
    expect(places.map((m) => (m.key ? keyed.get(m.text) : m.text))).toEqual(figure.points.map((p) => p.name));
    expect(places.filter((m) => m.key)).toHaveLength(keyed.size);
  });

  it('overlaps no two labels or numbers, and puts none on a dot', () => {
    const boxes = marks.flatMap((m, owner) => m.boxes.map((box) => ({ box, owner })));
    boxes.forEach((a, i) => {
      for (const b of boxes.slice(i + 1)) if (a.owner !== b.owner) expect(overlaps(a.box, b.box), `${marks[a.owner]!.text} / ${marks[b.owner]!.text}`).toBe(false);
      for (const dot of dots) expect(overlaps(a.box, dot), `${marks[a.owner]!.text} on a dot`).toBe(false);
    });
  });

  it('runs no leader line through another label or number', () => {
    marks.forEach((m, owner) => {
      // The last resort, a row under the map, is exempt: its leaders have to cross the map.
      if (!m.leader || m.boxes.some((box) => box.y1 > map)) return;
      marks.forEach((other, k) => {
        if (k !== owner) for (const box of other.boxes) expect(through(box, m.leader!), `${m.text}'s leader through ${other.text}`).toBe(false);
      });
    });
  });

  it('keeps labels and numbers inside the view, above the legend, and the legend inside the view', () => {
    for (const box of marks.flatMap((m) => m.boxes)) {
      expect(box.x0).toBeGreaterThanOrEqual(0);
      expect(box.x1).toBeLessThanOrEqual(width);
      expect(box.y0).toBeGreaterThanOrEqual(0);
      expect(box.y1).toBeLessThanOrEqual(legendTop);
    }
    const legend = $$(svg, 'g.fig-legend text.fig-legend-label').flatMap((t) => textBoxes(t, FONT, false));
    for (const box of legend) {
      expect(box.y0).toBeGreaterThan(map);
      expect(box.x1).toBeLessThanOrEqual(width);
      expect(box.y1).toBeLessThanOrEqual(height);
    }
    legend.forEach((a, i) => legend.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)));
  });
});

describe('a map layout', () => {
  it('sets the sample map well under 60 kB', () => {
    expect(Buffer.byteLength(drawFigure(sample, links).graphic)).toBeLessThan(60_000);
  });

  it('keeps the sample map free of leader lines where labels fit beside their dots', () => {
    const { marks } = layout(sample);
    const byName = new Map(marks.map((m) => [m.text, m]));
    expect(byName.get('Moscow')!.leader).toBeUndefined();
    expect(byName.get('Kursk')!.leader).toBeUndefined();
    expect(byName.get('Pyongyang')!.leader).toBeUndefined();
  });

  it('puts a route number on its own route rather than beside another', () => {
    // Wonsan lies east of Pyongyang: the sea route's number goes east of the flights' number.
    const { marks } = layout(sample);
    const centre = (text: string) => marks.find((m) => m.kind === 'number' && m.text === text)!.boxes[0]!;
    expect(centre('1').x0).toBeGreaterThan(centre('2').x0);
  });

  it('marks places too crowded to name with keys, named in the legend, and leaves the others named', () => {
    const { marks, map } = layout(crowd);
    const places = marks.filter((m) => m.kind === 'place');
    expect(places.filter((m) => m.key).map((m) => m.text).slice(0, 3)).toEqual(['A', 'B', 'C']);
    expect(places.filter((m) => !m.key).length).toBeGreaterThan(0);
    // Every route number still finds room on the map.
    for (const m of marks.filter((mark) => mark.kind === 'number')) expect(m.boxes[0]!.y1).toBeLessThanOrEqual(map);
  });

  it('wraps a long place name onto several lines no wider than the map', () => {
    const { svg, width } = layout(pile);
    const novosibirsk = $$(svg, 'text.fig-place-label').find((t) => textOf(t).startsWith('Novosibirsk'))!;
    const lines = $$(novosibirsk, 'tspan');
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(textWidth(textOf(line), FONT, true)).toBeLessThan(width / 2);
    expect(num(lines[1]!, 'y') - num(lines[0]!, 'y')).toBe(LINE);
  });

  it('wraps a long route label in its legend row', () => {
    const { svg, width } = layout(cluster);
    const first = $(($$(svg, 'g.fig-legend-row')[0]!), 'text.fig-legend-label');
    expect($$(first, 'tspan').length).toBeGreaterThan(1);
    for (const box of textBoxes(first, FONT, false)) expect(box.x1).toBeLessThanOrEqual(width);
  });

  it('gives a route without a label neither a number nor a legend row', () => {
    const { svg } = layout({ ...sample, routes: [{ from: 'wonsan', to: 'vladivostok' }] });
    expect($$(svg, 'g.fig-route-number')).toEqual([]);
    expect($$(svg, 'g.fig-legend')).toEqual([]);
    expect(num($(svg, 'rect.fig-water'), 'height')).toBe(viewBox(svg).height);
  });

  it('is byte-identical when drawn again', () => {
    for (const figure of [sample, cluster, pile, crowd]) {
      expect(drawFigure(structuredClone(figure), links).graphic).toBe(drawFigure(figure, links).graphic);
    }
  });

  it('escapes names and labels in the map and the legend', () => {
    const hostile = '<b>"x" & \'y\'</b>';
    const graphic = drawFigure(
      { ...sample, points: sample.points.map((p) => ({ ...p, name: `${p.name} ${hostile}` })), routes: sample.routes!.map((r) => ({ ...r, label: `${r.label} ${hostile}` })) },
      links,
    ).graphic;
    expect(graphic).not.toContain('<b>');
    const svg = parse(graphic);
    expect($$(svg, 'text.fig-legend-label').map(textOf)[0]).toBe(`By sea (U.S., NIS) ${hostile}`);
  });
});

describe('keyName', () => {
  it('counts A to Z, then AA, AB and on', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(keyName)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});

describe('layOutLabels', () => {
  const places: LabelledPlace[] = [
    { at: [60, 150], name: 'Kursk' },
    { at: [280, 120], name: 'Vladivostok' },
    { at: [300, 160], name: 'Wonsan' },
  ];
  const line = (from: XY, to: XY): [number, number][] => Array.from({ length: 11 }, (_, k) => [from[0] + ((to[0] - from[0]) * k) / 10, from[1] + ((to[1] - from[1]) * k) / 10]);
  const routes: LabelledRoute[] = [
    { line: line([294, 155], [284, 125]), label: 'by ship', ends: [2, 1] },
    { line: line([274, 121], [66, 149]), label: '', ends: [1, 0] },
  ];
  const dot = ([x, y]: XY): Box => ({ x0: x - DOT, y0: y - DOT, x1: x + DOT, y1: y + DOT });

  it('names every place where it fits, and numbers only the labelled routes', () => {
    const labels = layOutLabels(places, routes, 220);
    expect(labels.places.map((p) => [p.name, p.lines, p.key])).toEqual([
      ['Kursk', ['Kursk'], undefined],
      ['Vladivostok', ['Vladivostok'], undefined],
      ['Wonsan', ['Wonsan'], undefined],
    ]);
    expect(labels.numbers.map((n) => n.label)).toEqual(['by ship']);
    expect(labels.radius).toBe(numberRadius(1));
    expect(labels.bottom).toBe(220);
  });

  it('keeps every label and number off the dots and off each other, inside the view', () => {
    const labels = layOutLabels(places, routes, 220);
    const boxes = [...labels.places, ...labels.numbers].map((p) => p.placement.box);
    boxes.forEach((a, i) => {
      for (const b of boxes.slice(i + 1)) expect(touches(a, b)).toBe(false);
      for (const p of places) expect(touches(a, dot(p.at))).toBe(false);
      expect(a.x0 >= 3 && a.y0 >= 3 && a.x1 <= 337 && a.y1 <= 217).toBe(true);
    });
  });

  it('keys places that find no room, A first in place order, and sets the rest below the map only as a last resort', () => {
    const crowded: LabelledPlace[] = Array.from({ length: 24 }, (_, i) => ({ at: [120 + (i % 6) * 20, 60 + Math.floor(i / 6) * 20], name: `A rather long place name ${i}` }));
    const labels = layOutLabels(crowded, [], 160);
    const keyed = labels.places.filter((p) => p.key !== undefined);
    expect(keyed.length).toBeGreaterThan(0);
    expect(keyed.map((p) => p.key)).toEqual(keyed.map((_, n) => keyName(n)));
    for (const p of keyed) expect(p.lines).toEqual([p.key]);
    expect(labels.places.some((p) => p.key === undefined)).toBe(true);
    const overflow = labels.places.filter((p) => p.placement.overflow);
    expect(labels.bottom).toBe(overflow.length ? Math.max(...overflow.map((p) => p.placement.box.y1 + 1.5)) : 160);
  });
});
