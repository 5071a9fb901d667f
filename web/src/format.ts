/**
 * Dollars as the dashboard shows them: cents from a cent up, else two significant digits
 * (a test run costs fractions of a cent, and "$0.00" would hide it).
 */
export const usd = (n: number): string =>
  n === 0 || Math.abs(n) >= 0.01
    ? `$${n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`
    : `$${n.toLocaleString("en-US", { maximumSignificantDigits: 2 })}`;
