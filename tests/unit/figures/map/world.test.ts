// The world atlas: land and borders read from the installed package once per resolution, never fetched.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { world } from '../../../../src/lib/figures/map/world.ts';

describe('world', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads land and the borders between countries from disk, never from the network', () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const { land, borders } = world('110m');
    expect(['Feature', 'FeatureCollection']).toContain(land.type);
    expect(borders.type).toBe('MultiLineString');
    expect(borders.coordinates.length).toBeGreaterThan(100);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('reads each resolution once, the finer one with more detail', () => {
    expect(world('50m')).toBe(world('50m'));
    const points = (w: ReturnType<typeof world>) => w.borders.coordinates.reduce((n, line) => n + line.length, 0);
    expect(points(world('50m'))).toBeGreaterThan(2 * points(world('110m')));
  });
});
