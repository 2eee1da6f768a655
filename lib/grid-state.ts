import { parseDay } from './dates';
import type { CellDTO, GridCellDTO, GridDTO, MatrixDTO, Tone } from './dto';
import { SLUG } from './slug';
import { exposureScore, toneTally } from './tally';
import type { GridSort, GridState } from './urls';

/**
 * Insurers whose full cells (summaries, clause links) the grid page carries: its default columns. Five
 * keep summaries legible at 1440 px and fit five insurers × six topics on the first screen; the roster
 * and the compact view reach the rest.
 */
export const GRID_PAGE_SIZE = 5;

/**
 * Up to this many insurers the page lists every insurer (to choose without typing) with its stances
 * for the compact view; a larger corpus lists the first page and finds the rest by search, so the
 * page does not grow with the corpus.
 */
export const ROSTER_LIMIT = 50;

export const ORGANIZATION_KIND_LABEL: Record<string, string> = {
  insurer: 'Insurer',
  'state-exchange': 'State exchange',
  'federal-exchange': 'Federal exchange',
  'medicare-plan': 'Medicare plan',
};

export const EMPTY_GRID_STATE: GridState = { groups: [], topics: [], insurers: [], states: [], kinds: [], base: null, sort: 'name', diff: false, asOf: null, compact: false };

/** Comma-separated slugs, de-duplicated; anything that is not a slug is dropped. */
export function slugList(value: string | null): string[] {
  if (!value) return [];
  return [...new Set(value.split(',').map((s) => s.trim()).filter((s) => SLUG.test(s)))];
}

/** Two-letter state codes, upper-cased and de-duplicated; anything else is dropped. */
export function stateList(value: string | null): string[] {
  if (!value) return [];
  return [...new Set(value.split(',').map((s) => s.trim().toUpperCase()).filter((s) => /^[A-Z]{2}$/.test(s) && s !== 'US'))];
}

interface Known {
  insurers: { slug: string; kind?: string }[];
  topics: { slug: string }[];
  groups: { slug: string }[];
}

/**
 * URL query → grid state. Unknown slugs, malformed values and repeated parameters are dropped,
 * never an error: a shared link with a typo still opens the closest sensible view.
 * (Plain code, not zod: this runs in the browser, where zod's eval probe would breach the CSP.)
 */
export function parseGridState(params: URLSearchParams, known: Known): GridState {
  const keep = (key: string, allowed: { slug: string }[]) => {
    const set = new Set(allowed.map((a) => a.slug));
    return slugList(params.get(key)).filter((v) => set.has(v));
  };
  const base = slugList(params.get('base'))[0];
  return {
    groups: keep('groups', known.groups),
    topics: keep('topics', known.topics),
    insurers: keep('insurers', known.insurers),
    states: stateList(params.get('states')),
    kinds: slugList(params.get('kinds')).filter((k) => k in ORGANIZATION_KIND_LABEL),
    base: base && known.insurers.some((i) => i.slug === base) ? base : null,
    sort: params.get('sort') === 'exposure' ? 'exposure' : 'name',
    diff: params.get('diff') === '1' || params.get('diff') === 'true',
    asOf: parseDay(params.get('asOf')),
    compact: params.get('view') === 'compact',
  };
}

export function toGridCell(cell: CellDTO): GridCellDTO {
  return {
    insurer: cell.insurer, topic: cell.topic, stance: cell.stance, summary: cell.summary, review: cell.review,
    clauseUrl: cell.citations[0]?.url ?? null, permalink: cell.permalink,
  };
}

/** Insurers whose cells are not loaded yet (the page carries only its first columns' cells). */
export function insurersWithoutCells(cells: GridCellDTO[], insurers: string[]): string[] {
  const loaded = new Set(cells.map((c) => c.insurer));
  return insurers.filter((i) => !loaded.has(i));
}

/** Each insurer's stance per topic, in topic order ('' for a topic with no cell), from full cells. */
export function stancesOf(cells: { insurer: string; topic: string; stance: string }[], topics: { slug: string }[]): Record<string, string[]> {
  const index = new Map(topics.map((t, i) => [t.slug, i]));
  const out: Record<string, string[]> = {};
  for (const c of cells) {
    const row = (out[c.insurer] ??= topics.map(() => ''));
    const i = index.get(c.topic);
    if (i !== undefined) row[i] = c.stance;
  }
  return out;
}

export function toGridDTO(matrix: MatrixDTO, stances: Record<string, string[]>): GridDTO {
  return {
    insurers: matrix.insurers,
    groups: matrix.groups,
    topics: matrix.topics.map((t) => ({
      slug: t.slug,
      name: t.name,
      question: t.question,
      group: t.group,
      stances: t.stances.map((s) => ({ value: s.value, label: s.label, short: s.short, tone: s.tone })),
    })),
    cells: matrix.cells.map(toGridCell),
    stances,
    totalInsurers: matrix.totalInsurers,
    asOf: matrix.asOf,
  };
}

type Topic = { slug: string; group: string; stances: { value: string; tone: Tone }[] };
type Cell = { insurer: string; topic: string; stance: string };
type Insurer = { slug: string; name: string; state: string; kind?: string; version: unknown };

export interface GridView<I extends Insurer, T extends Topic, C extends Cell> {
  insurers: I[];
  groups: { slug: string; name: string; topics: T[] }[];
  cell(insurer: string, topic: string): C | undefined;
  /** The stance an insurer's version read takes on a topic: its cell's, or the roster's when the cell is not loaded. */
  stance(insurer: string, topic: string): string | undefined;
  /** For a column other than the base: whether its stance differs from the base insurer's (undefined: no base, or no stance to compare). */
  differsFromBase(insurer: string, topic: string): boolean | undefined;
  base: I | null;
  /** The answers of each shown insurer counted by tone, and its exposure score. */
  tally(insurer: string): { counts: Record<Tone, number>; exposure: number };
  rowCount: number;
}

/** Insurers of a state (national insurers serve every state). */
export function operatesIn(insurer: { state: string }, states: string[]): boolean {
  if (states.length === 0 || insurer.state === 'US') return true;
  const own = insurer.state.split(',').map((s) => s.trim());
  return states.some((s) => own.includes(s));
}

/**
 * Applies a grid state to the matrix: which columns (in which order) and rows the user sees. Columns:
 * the chosen insurers (all when none is chosen) of the chosen states and kinds, sorted by name or by
 * exposure, the base insurer pinned first; `defaultColumns` limits an unchosen set to the first few
 * that have a policy by the date read (the detailed view's page).
 */
export function applyGridState<I extends Insurer, T extends Topic, C extends Cell>(
  matrix: { insurers: I[]; groups: { slug: string; name: string }[]; topics: T[]; cells: C[]; stances?: Record<string, string[]> },
  state: GridState,
  defaultColumns?: number,
): GridView<I, T, C> {
  const cellIndex = new Map(matrix.cells.map((c) => [`${c.insurer}\u0000${c.topic}`, c]));
  const topicIndex = new Map(matrix.topics.map((t, i) => [t.slug, i]));
  const cell = (insurer: string, topic: string) => cellIndex.get(`${insurer}\u0000${topic}`);
  const stance = (insurer: string, topic: string) => cell(insurer, topic)?.stance ?? (matrix.stances?.[insurer]?.[topicIndex.get(topic) ?? -1] || undefined);
  const tallies = new Map<string, { counts: Record<Tone, number>; exposure: number }>();
  const tally = (insurer: string) => {
    let t = tallies.get(insurer);
    if (!t) {
      const counts = toneTally(matrix.topics.flatMap((tp) => {
        const s = stance(insurer, tp.slug);
        return s ? [{ topic: tp.slug, stance: s }] : [];
      }), matrix.topics);
      t = { counts, exposure: exposureScore(counts) };
      tallies.set(insurer, t);
    }
    return t;
  };

  const base = state.base ? (matrix.insurers.find((i) => i.slug === state.base) ?? null) : null;
  let insurers = state.insurers.length ? matrix.insurers.filter((i) => state.insurers.includes(i.slug)) : matrix.insurers;
  insurers = insurers.filter((i) => operatesIn(i, state.states) && (state.kinds.length === 0 || state.kinds.includes(i.kind ?? 'insurer')));
  insurers = sortInsurers(insurers, state.sort, tally);
  if (!state.insurers.length && defaultColumns !== undefined) insurers = insurers.filter((i) => i.version).slice(0, base ? defaultColumns - 1 : defaultColumns);
  if (base) insurers = [base, ...insurers.filter((i) => i.slug !== base.slug)];

  const topicFilter = (t: T) => (state.topics.length === 0 && state.groups.length === 0) || state.topics.includes(t.slug) || state.groups.includes(t.group);
  // Insurers with no version as of the chosen day have no cells and take no part in the comparison.
  const differs = (t: T) => new Set(insurers.flatMap((i) => stance(i.slug, t.slug) ?? [])).size > 1;
  const groups = matrix.groups
    .map((g) => ({ ...g, topics: matrix.topics.filter((t) => t.group === g.slug && topicFilter(t) && (!state.diff || differs(t))) }))
    .filter((g) => g.topics.length > 0);
  const differsFromBase = (insurer: string, topic: string) => {
    if (!base || insurer === base.slug) return undefined;
    const mine = stance(insurer, topic);
    const theirs = stance(base.slug, topic);
    return mine && theirs ? mine !== theirs : undefined;
  };
  return { insurers, groups, cell, stance, differsFromBase, base, tally, rowCount: groups.reduce((n, g) => n + g.topics.length, 0) };
}

function sortInsurers<I extends Insurer>(insurers: I[], sort: GridSort, tally: (slug: string) => { exposure: number }): I[] {
  if (sort === 'name') return insurers;
  // Most exposure first; equal scores keep the roster's (alphabetical) order.
  return insurers.map((i, n) => ({ i, n, score: tally(i.slug).exposure })).sort((a, b) => b.score - a.score || a.n - b.n).map((x) => x.i);
}
