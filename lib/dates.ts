/**
 * Day strings (YYYY-MM-DD) from user input: the grid's ?asOf=, the history page's ?from= and ?to=.
 * Plain code, not zod: the grid parses its URL in the browser (see lib/grid-state.ts).
 */
export function parseDay(value: string | null | undefined): string | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  // Rejects 2019-02-30 and the like, which Date would roll over into March.
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 1990 && y <= 2100 ? value : null;
}
