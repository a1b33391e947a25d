// Timeline figures: events in date order, one row each, dates for readers, claim events linked to the article and the annotation page.
import { describe, expect, it } from 'vitest';
import { drawFigure } from '../../../src/lib/figures/index.ts';
import type { TimelineFigure } from '../../../src/schemas/figure.ts';
import { $, $$, num, parse, prop, textOf } from './dom.ts';
import { links, timeline } from './fixtures.ts';

const draw = (figure: TimelineFigure) => parse(drawFigure(figure, links).graphic);

describe('a timeline figure', () => {
  const svg = draw(timeline);
  const events = $$(svg, 'g.fig-event');

  it('draws one group per event, sorted by date, keeping the authored order of same-day events', () => {
    expect(events).toHaveLength(timeline.events.length);
    expect(events.map((g) => textOf($(g, 'text.fig-label')))).toEqual([
      'Putin and Kim Jong-un sign a mutual defence treaty in Pyongyang',
      'Ukrainian forces cross into the Kursk region',
      'U.S. officials confirm North Korean troops were shipped to Vladivostok',
      'First North Korean troops said to reach the Kursk region',
      'The State Duma ratifies the treaty',
    ]);
  });

  it('writes each date for readers', () => {
    expect(events.map((g) => textOf($(g, 'text.fig-date')))).toEqual([
      '19 Jun 2024',
      '6 Aug 2024',
      '23 Oct 2024',
      '23 Oct 2024',
      '24 Oct 2024',
    ]);
  });

  it('links the label of a claim event to the claim in the article, and adds a link to its annotation page', () => {
    const claim = events[2]!;
    const [inArticle, permalink] = $$(claim, 'a');
    expect(prop(inArticle!, 'href')).toBe('/base/articles/north-korean-troops-kursk/#claim-shipped-to-vladivostok');
    expect(textOf($(inArticle!, 'text'))).toBe('U.S. officials confirm North Korean troops were shipped to Vladivostok');
    expect(prop(permalink!, 'href')).toBe('/base/articles/north-korean-troops-kursk/claims/shipped-to-vladivostok/');
    expect(textOf($(permalink!, 'text'))).toBe('Annotation page');
    expect(prop(claim, 'className')).toContain('fig-event--claim');
  });

  it('is a group, not an image, when it holds links, so its links stay named and reachable', () => {
    expect(prop($(svg, 'svg'), 'role')).toBe('group');
    const plain = { ...timeline, events: timeline.events.map(({ date, label }) => ({ date, label })) };
    expect(prop($(draw(plain), 'svg'), 'role')).toBe('img');
  });

  it('links nothing for an event without a claim', () => {
    expect($$(events[0]!, 'a')).toEqual([]);
    expect($$(svg, 'a')).toHaveLength(4);
  });

  it('wraps long labels and gives every event its own rows, so nothing overlaps', () => {
    const long: TimelineFigure = {
      ...timeline,
      events: [
        { date: '2024-01-01', label: 'An event whose label is far too long for one line of a narrow phone screen and must wrap onto more lines' },
        { date: '2024-01-02', label: 'Next' },
      ],
    };
    const [first, second] = $$(draw(long), 'g.fig-event');
    const lines = $$($(first!, 'text.fig-label'), 'tspan');
    expect(lines.length).toBeGreaterThan(1);
    const lastLineY = num(lines[lines.length - 1]!, 'y');
    expect(num($(second!, 'text.fig-date'), 'y')).toBeGreaterThan(lastLineY + 13);
  });

  it('lists events in its data table in date order, with machine-readable dates and both links', () => {
    const table = parse(drawFigure(timeline, links).dataTable!);
    expect($$(table, 'thead th').map(textOf)).toEqual(['Date', 'Event', 'Annotation']);
    const rows = $$(table, 'tbody tr');
    expect(rows.map((tr) => prop($(tr, 'time'), 'dateTime'))).toEqual(['2024-06-19', '2024-08-06', '2024-10-23', '2024-10-23', '2024-10-24']);
    expect($$(rows[2]!, 'a').map((a) => prop(a, 'href'))).toEqual([
      links.claimInArticle('shipped-to-vladivostok'),
      links.claimPermalink('shipped-to-vladivostok'),
    ]);
    expect($$(rows[0]!, 'a')).toEqual([]);
  });

  it('leaves the annotation column out when no event names a claim', () => {
    const plain = { ...timeline, events: timeline.events.map(({ date, label }) => ({ date, label })) };
    expect($$(parse(drawFigure(plain, links).dataTable!), 'thead th').map(textOf)).toEqual(['Date', 'Event']);
  });

  it('shows a time of day, in UTC, when an event gives one', () => {
    const timed = { ...timeline, events: [{ date: '2024-10-24T23:30:00-02:00', label: 'Late' }] };
    expect(textOf($(draw(timed), 'text.fig-date'))).toBe('25 Oct 2024, 01:30 UTC');
  });
});
