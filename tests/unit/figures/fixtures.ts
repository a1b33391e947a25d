// Realistic figures for the figure-library tests, modelled on the Kursk article, plus the links a page would pass.
import type { BarFigure, LineFigure, MapFigure, TableFigure, TimelineFigure } from '../../../src/schemas/figure.ts';
import type { FigureLinks } from '../../../src/lib/figures/index.ts';

export const links: FigureLinks = {
  claimInArticle: (id) => `/base/articles/north-korean-troops-kursk/#claim-${id}`,
  claimPermalink: (id) => `/base/articles/north-korean-troops-kursk/claims/${id}/`,
};

export const bar: BarFigure = {
  id: 'troop-estimates',
  type: 'bar',
  title: 'Estimates of North Korean troops sent to Russia',
  description: 'Ukraine put the number training in Russia at 12,000; a Ukrainian official expected up to 5,000 in Kursk by 28 October.',
  sources: ['nyt-2024-10-25'],
  unit: 'troops',
  bars: [
    { label: 'Training in Russia (Ukrainian estimate)', value: 12000 },
    { label: 'Expected in the Kursk region by Monday 28 October', value: 5000, note: 'Senior Ukrainian official, unnamed' },
    { label: 'Confirmed in combat', value: 0 },
  ],
};

export const line: LineFigure = {
  id: 'kursk-held-area',
  type: 'line',
  title: 'Area of the Kursk region held by Ukraine',
  description: 'About 400 square miles in late August 2024, about 250 by late October.',
  sources: ['nyt-2024-10-25', 'isw'],
  unit: 'square miles',
  series: [
    {
      name: 'Ukrainian-held area (reported)',
      points: [
        { date: '2024-08-20', value: 400 },
        { date: '2024-09-15', value: 380 },
        { date: '2024-10-25', value: 250 },
      ],
    },
    {
      name: 'Recaptured by Russia',
      points: [
        { date: '2024-09-15', value: 20 },
        { date: '2024-10-25', value: 150 },
      ],
    },
    { name: 'Single estimate', points: [{ date: '2024-10-01', value: 320 }] },
  ],
};

export const timeline: TimelineFigure = {
  id: 'deployment-timeline',
  type: 'timeline',
  title: 'From treaty to deployment',
  description: 'The treaty was signed in June; North Korean troops reached Kursk in late October.',
  sources: ['nyt-2024-10-25'],
  events: [
    { date: '2024-10-23', label: 'U.S. officials confirm North Korean troops were shipped to Vladivostok', claim: 'shipped-to-vladivostok' },
    { date: '2024-06-19', label: 'Putin and Kim Jong-un sign a mutual defence treaty in Pyongyang' },
    { date: '2024-08-06', label: 'Ukrainian forces cross into the Kursk region' },
    { date: '2024-10-24', label: 'The State Duma ratifies the treaty', claim: 'duma-ratifies' },
    { date: '2024-10-23', label: 'First North Korean troops said to reach the Kursk region' },
  ],
};

export const map: MapFigure = {
  id: 'troop-route',
  type: 'map',
  title: 'From Wonsan to Kursk',
  description: 'Troops were shipped from Wonsan to Vladivostok and flown some 4,000 miles west to airfields near Kursk.',
  sources: ['nyt-2024-10-25'],
  points: [
    { id: 'wonsan', name: 'Wonsan', lat: 39.15, lon: 127.44 },
    { id: 'vladivostok', name: 'Vladivostok', lat: 43.12, lon: 131.89 },
    { id: 'kursk', name: 'Kursk', lat: 51.73, lon: 36.19 },
    { id: 'moscow', name: 'Moscow', lat: 55.76, lon: 37.62 },
  ],
  routes: [
    { from: 'wonsan', to: 'vladivostok', label: 'by ship' },
    { from: 'vladivostok', to: 'kursk', label: 'Il-76 airlift' },
  ],
};

export const table: TableFigure = {
  id: 'casualty-estimates',
  type: 'table',
  title: 'Russian casualties, Western estimates',
  description: 'More than 600,000 Russian troops killed or wounded since February 2022, by Western estimates.',
  sources: ['nyt-2024-10-25'],
  columns: ['Estimate by', 'Killed or wounded', 'As of'],
  rows: [
    ['U.S. officials', 600000, 'Oct 2024'],
    ['U.K. Ministry of Defence', 'about 600,000', 'Oct 2024'],
  ],
};

// Maps that stress the label layout.
const mapBase = { type: 'map' as const, title: 'Route', description: 'A map.', sources: ['nyt-2024-10-25'] };

/** The sample article's route map: Pyongyang and Wonsan a few units apart, both routes from them short. */
export const routeMap: MapFigure = {
  ...mapBase,
  id: 'route-map',
  points: [
    { id: 'pyongyang', name: 'Pyongyang', lat: 39.01944, lon: 125.73806 },
    { id: 'wonsan', name: 'Wonsan', lat: 39.1475, lon: 127.44611 },
    { id: 'vladivostok', name: 'Vladivostok', lat: 43.115, lon: 131.88528 },
    { id: 'moscow', name: 'Moscow', lat: 55.7504, lon: 37.6175 },
    { id: 'kursk', name: 'Kursk', lat: 51.717, lon: 36.183 },
  ],
  routes: [
    { from: 'wonsan', to: 'vladivostok', label: 'By sea (U.S., NIS)' },
    { from: 'pyongyang', to: 'vladivostok', label: 'Flights (NIS)' },
    { from: 'vladivostok', to: 'kursk', label: 'Reported airlift, then road' },
  ],
};

/** Four places within about 100 km of each other on a map from Vladivostok to Moscow, with long names and labels. */
export const cluster: MapFigure = {
  ...mapBase,
  id: 'cluster',
  points: [
    { id: 'vladivostok', name: 'Vladivostok', lat: 43.12, lon: 131.89 },
    { id: 'moscow', name: 'Moscow (for reference)', lat: 55.76, lon: 37.62 },
    { id: 'kursk', name: 'Kursk', lat: 51.73, lon: 36.19 },
    { id: 'kurchatov', name: 'Kurchatov nuclear power plant', lat: 51.68, lon: 35.65 },
    { id: 'lgov', name: 'Lgov', lat: 51.66, lon: 35.26 },
    { id: 'sudzha', name: 'Sudzha (Ukrainian-held town near the front)', lat: 51.19, lon: 35.27 },
  ],
  routes: [
    { from: 'vladivostok', to: 'kursk', label: 'Reported Il-76 airlift to an unnamed airfield in western Russia, then by road (one Ukrainian source)' },
    { from: 'kursk', to: 'sudzha', label: 'Towards the front: about 86 km' },
    { from: 'moscow', to: 'kursk' },
  ],
};

/** Twelve places piled into one spot, and a name longer than the map is wide. */
export const pile: MapFigure = {
  ...mapBase,
  id: 'pile',
  points: [
    ...['Alpha', 'Bravo station', 'Charlie', 'Delta junction', 'Echo', 'Foxtrot airfield', 'Golf', 'Hotel', 'India', 'Juliett', 'Kilo', 'Lima crossing'].map(
      (name, i) => ({ id: `p${i}`, name, lat: 50 + (i % 4) * 0.25, lon: 30 + Math.floor(i / 4) * 0.3 }),
    ),
    { id: 'far', name: 'Novosibirsk, the largest city of Siberia and third most populous of Russia, on the Ob', lat: 55, lon: 82.9 },
  ],
  routes: [
    { from: 'far', to: 'p0', label: 'Long way' },
    { from: 'p0', to: 'p11', label: 'Short hop' },
  ],
};

/** Thirty places a degree or so apart, with names too long for all of them to fit on the map. */
export const crowd: MapFigure = {
  ...mapBase,
  id: 'crowd',
  points: Array.from({ length: 30 }, (_, i) => ({ id: `p${i}`, name: `Place number ${i}`, lat: 40 + (i % 6), lon: 20 + Math.floor(i / 6) * 3 })),
  routes: Array.from({ length: 6 }, (_, i) => ({ from: `p${i}`, to: `p${29 - i}`, label: `Route ${i}` })),
};

/** Text that would run script or add attributes if it reached the markup unescaped. */
export const HOSTILE = ['<script>alert(1)</script>', '" onload="x', "' onmouseover='y", '</svg><img src=x onerror=z>', '&amp; & <b>'];
