import type { ChangeGroupDTO, Tone } from '../dto';
import type { ChangeDirection, ChangesFilter } from '../urls';

/** How much exposure a tone stands for; not-addressed has no place on the scale. */
const EXPOSURE: Record<Tone, number | null> = { good: 0, caution: 1, concern: 2, unknown: null };

/**
 * Which way a change of stance goes: toward more exposure (e.g. own cookies → third-party cookies),
 * toward less, or unclear when either side is silent (a newly addressed or no longer addressed topic)
 * or both sides have the same tone.
 */
export function changeDirection(from: Tone, to: Tone): ChangeDirection {
  const a = EXPOSURE[from];
  const b = EXPOSURE[to];
  if (a === null || b === null || a === b) return 'unclear';
  return b > a ? 'more-exposure' : 'less-exposure';
}

export const DIRECTION_LABEL: Record<ChangeDirection, string> = {
  'more-exposure': 'toward more exposure',
  'less-exposure': 'toward less exposure',
  unclear: 'no clear direction (newly or no longer addressed, or the same exposure)',
};

export const DIRECTIONS = Object.keys(DIRECTION_LABEL) as ChangeDirection[];

/** One change's direction in words: the unclear ones say which of the three they are. */
export function changeNote(from: Tone, to: Tone): string {
  const direction = changeDirection(from, to);
  if (direction !== 'unclear') return DIRECTION_LABEL[direction];
  if (from === 'unknown' && to !== 'unknown') return 'newly addressed';
  if (to === 'unknown' && from !== 'unknown') return 'no longer addressed';
  return 'no change in exposure';
}

/**
 * The groups a filter keeps, each with only its matching changes. A group with no matching change is
 * dropped, unless no topic or direction is asked for and its newer version waits for review.
 */
export function filterChangeGroups(groups: ChangeGroupDTO[], filter: ChangesFilter): ChangeGroupDTO[] {
  const topics = filter.topics?.length ? new Set(filter.topics) : null;
  const insurers = filter.insurers?.length ? new Set(filter.insurers) : null;
  const direction = filter.direction ?? null;
  return groups.flatMap((g) => {
    if (insurers && !insurers.has(g.insurer.slug)) return [];
    const changes = g.changes.filter((c) => (!topics || topics.has(c.topic.slug)) && (!direction || c.direction === direction));
    if (changes.length === 0 && !(g.awaitingReview > 0 && !topics && !direction)) return [];
    return [{ ...g, changes }];
  });
}

/** The changes page's filter from its query: unknown slugs and directions are ignored. */
export function parseChangesFilter(params: URLSearchParams, known: { topics: { slug: string }[]; insurers: { slug: string }[] }, slugList: (v: string | null) => string[]): Required<ChangesFilter> {
  const keep = (key: string, allowed: { slug: string }[]) => {
    const set = new Set(allowed.map((a) => a.slug));
    return slugList(params.get(key)).filter((s) => set.has(s));
  };
  const direction = params.get('direction');
  return {
    topics: keep('topics', known.topics),
    insurers: keep('insurers', known.insurers),
    direction: DIRECTIONS.includes(direction as ChangeDirection) ? (direction as ChangeDirection) : null,
  };
}

/** The path segment for "any" in a single-choice changes address (no topic or insurer slug is "any"). */
export const ANY = 'any';

/**
 * Where proxy.ts sends a filtered /changes address: a filter of at most one question, one insurer and
 * one direction (what the page's form asks) to its canonical page /changes/only/<topic>/<insurer>/<direction>,
 * rendered once and kept; a wider filter to the page rendered per request; a filter naming nothing
 * known to the unfiltered page. Unknown values are ignored, as everywhere.
 */
export function changesRoute(filter: Required<ChangesFilter>): string {
  if (!filter.topics.length && !filter.insurers.length && !filter.direction) return '/changes';
  if (filter.topics.length > 1 || filter.insurers.length > 1) return '/changes/filtered';
  return `/changes/only/${filter.topics[0] ?? ANY}/${filter.insurers[0] ?? ANY}/${filter.direction ?? ANY}`;
}

/** The filter a canonical single-choice address stands for, or null when a segment names nothing known. */
export function singleChoiceFilter(segments: { topic: string; insurer: string; direction: string }, known: { topics: ReadonlySet<string>; insurers: ReadonlySet<string> }): Required<ChangesFilter> | null {
  const pick = (value: string, set: ReadonlySet<string>) => (value === ANY ? [] : set.has(value) ? [value] : null);
  const topics = pick(segments.topic, known.topics);
  const insurers = pick(segments.insurer, known.insurers);
  const direction = segments.direction === ANY ? null : DIRECTIONS.includes(segments.direction as ChangeDirection) ? (segments.direction as ChangeDirection) : undefined;
  if (!topics || !insurers || direction === undefined) return null;
  return { topics, insurers, direction };
}
