// Formatting and escaping for readers: fixed locale, UTC dates, true minus signs, escaped markup characters.
import { describe, expect, it } from 'vitest';
import { escapeAttr, escapeText } from '../../../src/lib/escape.ts';
import { formatDate } from '../../../src/lib/dates.ts';
import { formatCoordinate, formatDistance, formatNumber, formatQuantity } from '../../../src/lib/figures/format.ts';

describe('formatNumber', () => {
  it('groups thousands and keeps up to two decimals', () => {
    expect(formatNumber(600000)).toBe('600,000');
    expect(formatNumber(1234.567)).toBe('1,234.57');
    expect(formatNumber(0)).toBe('0');
  });

  it('writes a true minus sign', () => {
    expect(formatNumber(-4000)).toBe('\u22124,000');
  });

  it('does not round a small value to zero', () => {
    expect(formatNumber(0.004)).toBe('0.004');
  });
});

describe('formatQuantity', () => {
  it('puts the unit where a reader expects it', () => {
    expect(formatQuantity(12000, 'troops')).toBe('12,000 troops');
    expect(formatQuantity(45, '%')).toBe('45%');
    expect(formatQuantity(1200, '$')).toBe('$1,200');
    expect(formatQuantity(-5, '$')).toBe('\u2212$5');
  });
});

describe('formatDate', () => {
  it('writes a day as day, short month and year', () => {
    expect(formatDate('2024-10-23', 'short')).toBe('23 Oct 2024');
    expect(formatDate('2024-01-01', 'short')).toBe('1 Jan 2024');
  });

  it('converts a date-time to UTC and says so', () => {
    expect(formatDate('2024-10-23T23:30:00-02:00', 'short')).toBe('24 Oct 2024, 01:30 UTC');
    expect(formatDate('2024-10-23T08:05Z', 'short')).toBe('23 Oct 2024, 08:05 UTC');
  });
});

describe('formatCoordinate and formatDistance', () => {
  it('names the hemisphere', () => {
    expect(formatCoordinate(39.15, 'lat')).toBe('39.15° N');
    expect(formatCoordinate(-34.6, 'lat')).toBe('34.6° S');
    expect(formatCoordinate(-58.4, 'lon')).toBe('58.4° W');
    expect(formatCoordinate(0, 'lon')).toBe('0°');
  });

  it('gives a distance in kilometres and miles, rounded to tens', () => {
    // A quarter of the way round the Earth.
    expect(formatDistance(Math.PI / 2)).toBe('10,010 km (6,220 mi)');
  });
});

describe('escaping', () => {
  it('turns markup characters of text into entities', () => {
    expect(escapeText('<script>alert(1)</script> & co')).toBe('&lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
  });

  it('turns both quote characters of an attribute value into entities', () => {
    expect(escapeAttr(`" onload="x' y`)).toBe('&quot; onload=&quot;x&#39; y');
  });

  it('drops characters XML forbids and mends lone surrogates', () => {
    expect(escapeText('a\u0000b\u000bc\tok')).toBe('abc\tok');
    expect(escapeText('x\ud800y')).toBe('x\ufffdy');
  });
});
