/**
 * How old a policy text is, as the site says it: a version captured more than five years before the
 * day the page was built may no longer be what the insurer publishes. Pages are built at each seed, so
 * "today" is the build day (README: Decisions).
 */
export const OLD_AFTER_YEARS = 5;

export function yearOf(day: string): string {
  return day.slice(0, 4);
}

export function isOld(day: string, today: Date = new Date()): boolean {
  const limit = new Date(Date.UTC(today.getUTCFullYear() - OLD_AFTER_YEARS, today.getUTCMonth(), today.getUTCDate()));
  return day < limit.toISOString().slice(0, 10);
}
