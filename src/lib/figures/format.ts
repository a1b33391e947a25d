// Number, quantity and coordinate formatting for readers: one fixed locale, so the same data always reads the same.

const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const tiny = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 2 });

/** A number with thousands separators and a true minus sign, e.g. "12,000", "−3.5". */
export function formatNumber(value: number): string {
  // Below 0.01 two fraction digits would round a real value to "0".
  const text = value !== 0 && Math.abs(value) < 0.01 ? tiny.format(value) : plain.format(value);
  return text.replace(/^-/, '\u2212');
}

const PREFIX_UNITS = new Set(['$', 'US$', '€', '£', '¥', '₩', '₽', '₴']);

/** A number with its unit where a reader expects it: "45%", "$1,200", "12,000 troops". */
export function formatQuantity(value: number, unit: string): string {
  const number = formatNumber(value);
  const u = unit.trim();
  if (u === '%') return `${number}%`;
  if (PREFIX_UNITS.has(u)) return number.startsWith('\u2212') ? `\u2212${u}${number.slice(1)}` : `${u}${number}`;
  return `${number} ${u}`;
}

/** "39.15° N" / "127.44° E". */
export function formatCoordinate(value: number, axis: 'lat' | 'lon'): string {
  const hemisphere = axis === 'lat' ? (value < 0 ? 'S' : 'N') : value < 0 ? 'W' : 'E';
  const abs = Math.abs(value).toFixed(2).replace(/\.?0+$/, '');
  return value === 0 ? '0°' : `${abs}° ${hemisphere}`;
}

const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_MILE = 1.609344;

/** A great-circle distance given in radians, as "6,720 km (4,180 mi)", rounded to tens so it does not claim false precision. */
export function formatDistance(radians: number): string {
  const km = radians * EARTH_RADIUS_KM;
  const round = (v: number) => (v >= 100 ? Math.round(v / 10) * 10 : Math.round(v));
  return `${formatNumber(round(km))} km (${formatNumber(round(km / KM_PER_MILE))} mi)`;
}
