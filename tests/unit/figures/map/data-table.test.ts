// A map's data tables: places with their coordinates, and routes with their ends and great-circle distances.
import { describe, expect, it } from 'vitest';
import { mapDataTable } from '../../../../src/lib/figures/map/data-table.ts';
import { $$, parse, textOf } from '../dom.ts';
import { map } from '../fixtures.ts';

describe('mapDataTable', () => {
  it('lists places with their coordinates and routes with their great-circle distance', () => {
    const tables = $$(parse(mapDataTable(map)), 'table');
    expect(tables).toHaveLength(2);
    const [places, routes] = tables;
    expect($$(places!, 'caption').map(textOf)).toEqual(['Places']);
    expect($$(places!, 'thead th').map(textOf)).toEqual(['Place', 'Latitude', 'Longitude']);
    expect($$(places!, 'tbody tr').map((tr) => $$(tr, 'th').concat($$(tr, 'td')).map(textOf))).toEqual([
      ['Wonsan', '39.15° N', '127.44° E'],
      ['Vladivostok', '43.12° N', '131.89° E'],
      ['Kursk', '51.73° N', '36.19° E'],
      ['Moscow', '55.76° N', '37.62° E'],
    ]);
    expect($$(routes!, 'thead th').map(textOf)).toEqual(['From', 'To', 'Route', 'Distance (great circle)']);
    const airlift = $$($$(routes!, 'tbody tr')[1]!, 'td').map(textOf);
    expect(airlift.slice(0, 3)).toEqual(['Vladivostok', 'Kursk', 'Il-76 airlift']);
    expect(airlift[3]).toMatch(/^6,[67]\d0 km \(4,[12]\d0 mi\)$/);
  });

  it('gives a map without routes a single table', () => {
    const table = mapDataTable({ ...map, routes: [] });
    expect($$(parse(table), 'table')).toHaveLength(1);
    expect(table).not.toContain('<caption>');
  });

  it('names each route by the names of its points and by its trimmed label, empty for a route without one', () => {
    const table = mapDataTable({ ...map, routes: [{ from: 'kursk', to: 'moscow', label: '  by road  ' }, { from: 'moscow', to: 'wonsan' }] });
    const routes = $$(parse(table), 'table')[1]!;
    expect($$(routes, 'tbody tr').map((tr) => $$(tr, 'td').slice(0, 3).map(textOf))).toEqual([
      ['Kursk', 'Moscow', 'by road'],
      ['Moscow', 'Wonsan', ''],
    ]);
  });
});
