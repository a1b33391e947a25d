// Dates as readers see them: one locale, UTC, the same on every machine.
import { describe, expect, it } from 'vitest';
import { formatDate, parseDate, toInstant } from '../../src/lib/dates.ts';

describe('dates', () => {
  it('writes a day with the month in full, or short where space is short', () => {
    expect(formatDate('2024-10-25')).toBe('25 October 2024');
    expect(formatDate('2024-10-25', 'short')).toBe('25 Oct 2024');
  });

  it('writes a date-time in UTC and says so', () => {
    expect(formatDate('2025-03-15T09:30:00+02:00')).toBe('15 March 2025, 07:30 UTC');
  });

  it('gives the instant feeds write', () => {
    expect(toInstant('2024-10-25')).toBe('2024-10-25T00:00:00Z');
    expect(toInstant('2025-03-15T09:30:00+02:00')).toBe('2025-03-15T07:30:00.000Z');
  });

  it('refuses what is not a date', () => {
    expect(() => parseDate('soon')).toThrow('not a date');
  });
});
