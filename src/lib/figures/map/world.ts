// Land and country borders from world-atlas, read from node_modules once per process: maps never fetch anything at build or view time.
import { readFileSync } from 'node:fs';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { packageFile } from '../../package-file.ts';

/** 1:50 million outlines for regional maps; 1:110 million ones for maps of half the world, where finer detail is invisible. */
export type Resolution = '50m' | '110m';

export interface World {
  land: GeoJSON.Feature | GeoJSON.FeatureCollection;
  /** borders shared by two countries; coastlines are the land's own outline */
  borders: GeoJSON.MultiLineString;
}

const cache = new Map<Resolution, World>();

export function world(resolution: Resolution): World {
  let loaded = cache.get(resolution);
  if (!loaded) {
    const topology = JSON.parse(readFileSync(packageFile(`world-atlas/countries-${resolution}.json`), 'utf8')) as Topology<{
      countries: GeometryCollection;
      land: GeometryCollection;
    }>;
    loaded = {
      land: feature(topology, topology.objects.land),
      borders: mesh(topology, topology.objects.countries, (a, b) => a !== b),
    };
    cache.set(resolution, loaded);
  }
  return loaded;
}
