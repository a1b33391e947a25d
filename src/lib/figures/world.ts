// Land and country borders from world-atlas, read from node_modules once per process: maps never fetch anything at build or view time.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** 1:50 million outlines for regional maps; 1:110 million ones for maps of half the world, where finer detail is invisible. */
export type Resolution = '50m' | '110m';

export interface World {
  land: GeoJSON.Feature | GeoJSON.FeatureCollection;
  /** borders shared by two countries; coastlines are the land's own outline */
  borders: GeoJSON.MultiLineString;
}

const cache = new Map<Resolution, World>();

function atlasPath(resolution: Resolution): string {
  const atlas = `world-atlas/countries-${resolution}.json`;
  // A bundled build may live outside src/, so fall back to the project the process runs in.
  try {
    return createRequire(import.meta.url).resolve(atlas);
  } catch {
    return createRequire(join(process.cwd(), 'package.json')).resolve(atlas);
  }
}

export function world(resolution: Resolution): World {
  let loaded = cache.get(resolution);
  if (!loaded) {
    const topology = JSON.parse(readFileSync(atlasPath(resolution), 'utf8')) as Topology<{
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
