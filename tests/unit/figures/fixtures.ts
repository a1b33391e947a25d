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

/** Text that would run script or add attributes if it reached the markup unescaped. */
export const HOSTILE = ['<script>alert(1)</script>', '" onload="x', "' onmouseover='y", '</svg><img src=x onerror=z>', '&amp; & <b>'];
