export const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? Number.NaN;
};
export const median = (xs: number[]) => quantile(xs, 0.5);
export const round = (x: number, digits = 2) => Number(x.toFixed(digits));
export const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
