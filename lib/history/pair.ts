import { parseDay } from '../dates';

/**
 * The two versions a comparison shows, from what a URL asks: both dates known → in date order (a
 * `from` later than `to` is put in order); one known date → it and its neighbour (the version before
 * it, or after it for the oldest); none → the newest and the one before it. Unknown or malformed
 * dates are ignored like other filters. With one version on file, both sides are that version.
 * `dates` are the insurer's version dates, oldest first.
 */
export function resolvePair(dates: readonly string[], from: string | null | undefined, to: string | null | undefined): { from: string; to: string } | null {
  if (dates.length === 0) return null;
  const known = (d: string | null | undefined) => {
    const day = parseDay(d);
    return day && dates.includes(day) ? day : null;
  };
  const a = known(from);
  const b = known(to);
  if (a && b && a !== b) return a < b ? { from: a, to: b } : { from: b, to: a };
  const one = a ?? b;
  if (one) {
    const i = dates.indexOf(one);
    if (dates.length === 1) return { from: one, to: one };
    return i > 0 ? { from: dates[i - 1]!, to: one } : { from: one, to: dates[1]! };
  }
  const last = dates.length - 1;
  return { from: dates[Math.max(0, last - 1)]!, to: dates[last]! };
}
