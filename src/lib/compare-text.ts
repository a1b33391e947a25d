// The order of strings by their UTF-16 code units: the same on every machine and in every locale, as output must be.
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
