// Ticks for a UTC time axis that reads well from hours to decades: as many as fit, labelled at the tick interval's grain.
import type { ScaleTime } from 'd3-scale';
import { formatClock, monthName } from '../dates.ts';
import { SMALL, textWidth } from './svg.ts';

export interface TimeTick {
  ms: number;
  /** one or two lines: the tick itself, then the larger unit (year, day) where it first appears or changes */
  lines: string[];
}

type Grain = 'year' | 'month' | 'day' | 'time';

function grainOf(ticks: readonly Date[]): Grain {
  const midnight = ticks.every((t) => t.getUTCHours() === 0 && t.getUTCMinutes() === 0 && t.getUTCSeconds() === 0);
  if (!midnight) return 'time';
  if (ticks.every((t) => t.getUTCDate() === 1 && t.getUTCMonth() === 0)) return 'year';
  if (ticks.every((t) => t.getUTCDate() === 1)) return 'month';
  return 'day';
}

function label(ticks: readonly Date[]): TimeTick[] {
  const grain = grainOf(ticks);
  let previousContext = '';
  return ticks.map((t) => {
    const year = String(t.getUTCFullYear());
    const day = `${t.getUTCDate()} ${monthName(t.getUTCMonth(), 'short')}`;
    const [main, context] =
      grain === 'year'
        ? [year, '']
        : grain === 'month'
          ? [monthName(t.getUTCMonth(), 'short'), year]
          : grain === 'day'
            ? [day, year]
            : [formatClock(t.getTime()), `${day} ${year}`];
    const lines = context && context !== previousContext ? [main, context] : [main];
    previousContext = context;
    return { ms: t.getTime(), lines };
  });
}

const halfWidth = (t: TimeTick) => Math.max(...t.lines.map((l) => textWidth(l, SMALL))) / 2;

/** Centre of a tick's label: under the tick, pulled inside [0, width] where it would stick out. */
export function tickLabelX(scale: ScaleTime<number, number>, tick: TimeTick, width: number): number {
  const half = halfWidth(tick);
  return Math.min(Math.max(scale(tick.ms), half + 2), width - half - 2);
}

function fits(ticks: readonly TimeTick[], scale: ScaleTime<number, number>, width: number): boolean {
  for (let i = 1; i < ticks.length; i += 1) {
    const a = ticks[i - 1]!;
    const b = ticks[i]!;
    if (tickLabelX(scale, b, width) - tickLabelX(scale, a, width) < halfWidth(a) + halfWidth(b) + 8) return false;
  }
  return true;
}

const atMidnight = (t: Date) => t.getUTCHours() === 0 && t.getUTCMinutes() === 0 && t.getUTCSeconds() === 0;

/**
 * The densest set of d3's UTC ticks whose labels do not collide within `width`.
 * With `daysOnly` (data without times of day) ticks fall on days only, never at 12:00.
 */
export function timeTicks(scale: ScaleTime<number, number>, width: number, daysOnly: boolean): TimeTick[] {
  const [x0, x1] = scale.range() as [number, number];
  for (let count = Math.max(2, Math.floor((x1 - x0) / 45)); count >= 1; count -= 1) {
    const dates = scale.ticks(count).filter((t) => !daysOnly || atMidnight(t));
    const ticks = label(dates);
    if (ticks.length > 0 && fits(ticks, scale, width)) return ticks;
  }
  const [d0] = scale.domain() as [Date, Date];
  return label([d0]);
}
