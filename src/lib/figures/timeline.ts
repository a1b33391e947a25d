// Timeline figures: events in date order, one row each down a vertical line, so long labels wrap instead of colliding on narrow screens.
import type { TimelineFigure } from '../../schemas/figure.ts';
import { escapeAttr, escapeText } from '../escape.ts';
import { formatDate, parseDate } from '../dates.ts';
import { htmlTable, linkCell, timeCell } from './html-table.ts';
import { FONT, LINE, PAD, SMALL, SMALL_LINE, WIDTH, r, svgDocument, text, wrap } from './svg.ts';
import type { FigureLinks } from './types.ts';

const AXIS_X = PAD + 6;
const TEXT_X = AXIS_X + 16;
const ROW_GAP = 14;
export const IN_ARTICLE = 'In the article';
export const ANNOTATION_PAGE = 'Annotation page';

type Event = TimelineFigure['events'][number];

/** Events by date; Array.prototype.sort is stable, so same-day events keep their authored order. */
export function sortedEvents(figure: TimelineFigure): Event[] {
  return figure.events
    .map((event) => ({ event, ms: parseDate(event.date) }))
    .sort((a, b) => a.ms - b.ms)
    .map(({ event }) => event);
}

function link(href: string, inner: string, cls: string): string {
  return `<a class="${cls}" href="${escapeAttr(href)}">${inner}</a>`;
}

export function drawTimeline(figure: TimelineFigure, links: FigureLinks): string {
  const width = WIDTH - TEXT_X - PAD;
  const rows: string[] = [];
  const dots: number[] = [];
  let y = PAD;
  for (const event of sortedEvents(figure)) {
    const item: string[] = [];
    const dotY = y + SMALL * 0.65;
    dots.push(dotY);
    item.push(`<circle class="fig-event-dot" cx="${r(AXIS_X)}" cy="${r(dotY)}" r="5"/>`);
    item.push(text(TEXT_X, y + SMALL, formatDate(event.date, 'short'), { cls: 'fig-date', size: SMALL }));
    y += SMALL_LINE + 2;

    const lines = wrap(event.label, width, FONT);
    const label = text(TEXT_X, y + FONT, lines, { cls: 'fig-label' });
    item.push(event.claim ? link(links.claimInArticle(event.claim), label, 'fig-link') : label);
    y += lines.length * LINE;

    if (event.claim) {
      y += 3;
      item.push(link(links.claimPermalink(event.claim), text(TEXT_X, y + SMALL, ANNOTATION_PAGE, { size: SMALL }), 'fig-link fig-permalink'));
      y += SMALL_LINE;
    }
    rows.push(`<g class="fig-event${event.claim ? ' fig-event--claim' : ''}">${item.join('')}</g>`);
    y += ROW_GAP;
  }
  const first = dots[0] ?? 0;
  const last = dots[dots.length - 1] ?? 0;
  const axis = `<path class="fig-axis" fill="none" d="M${r(AXIS_X)} ${r(first)}V${r(Math.max(last, first))}"/>`;

  return svgDocument({
    id: figure.id,
    kind: 'timeline',
    title: figure.title,
    description: figure.description,
    height: y - ROW_GAP + PAD,
    body: axis + rows.join(''),
    role: figure.events.some((e) => e.claim) ? 'group' : 'img',
  });
}

export function timelineDataTable(figure: TimelineFigure, links: FigureLinks): string {
  const hasClaims = figure.events.some((e) => e.claim);
  const columns = [{ label: 'Date' }, { label: 'Event' }];
  if (hasClaims) columns.push({ label: 'Annotation' });
  const rows = sortedEvents(figure).map((e) => {
    const row = [timeCell(e.date), escapeText(e.label)];
    if (hasClaims) {
      row.push(
        e.claim
          ? `${linkCell(links.claimInArticle(e.claim), IN_ARTICLE)} · ${linkCell(links.claimPermalink(e.claim), ANNOTATION_PAGE)}`
          : '',
      );
    }
    return row;
  });
  return htmlTable(columns, rows, { className: 'fig-data-table' });
}
