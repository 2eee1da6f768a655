import { parseDay } from './dates';
import type { CellDTO, GridCellDTO, GridDTO, MatrixDTO } from './dto';
import { SLUG } from './slug';
import type { GridState } from './urls';

/**
 * Insurers whose full cells (summaries, clause links) the grid page carries: its default columns. Five
 * keep summaries legible at 1440 px and the page small (eight made / 261 KB and brought back load-test
 * timeouts); the roster and the compact view reach the rest.
 */
export const GRID_PAGE_SIZE = 5;

/**
 * Up to this many insurers the page lists every insurer (to choose without typing) with its stances
 * for the compact view; a larger corpus lists the first page and finds the rest by search, so the
 * page does not grow with the corpus.
 */
export const ROSTER_LIMIT = 50;

export const EMPTY_GRID_STATE: GridState = { groups: [], topics: [], insurers: [], diff: false, asOf: null, compact: false };

/** Comma-separated slugs, de-duplicated; anything that is not a slug is dropped. */
export function slugList(value: string | null): string[] {
  if (!value) return [];
  return [...new Set(value.split(',').map((s) => s.trim()).filter((s) => SLUG.test(s)))];
}

interface Known {
  insurers: { slug: string }[];
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
  return {
    groups: keep('groups', known.groups),
    topics: keep('topics', known.topics),
    insurers: keep('insurers', known.insurers),
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

export function toGridDTO(matrix: MatrixDTO): GridDTO {
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
    totalInsurers: matrix.totalInsurers,
    asOf: matrix.asOf,
  };
}

type Topic = { slug: string; group: string };
type Cell = { insurer: string; topic: string; stance: string };

type Insurer = { slug: string; name: string; state: string };

export interface GridView<I extends Insurer, T extends Topic, C extends Cell> {
  insurers: I[];
  groups: { slug: string; name: string; topics: T[] }[];
  cell(insurer: string, topic: string): C | undefined;
  rowCount: number;
}

/** Applies a grid state to the matrix: which columns and rows the user sees. */
export function applyGridState<I extends Insurer, T extends Topic, C extends Cell>(
  matrix: { insurers: I[]; groups: { slug: string; name: string }[]; topics: T[]; cells: C[] },
  state: GridState,
): GridView<I, T, C> {
  const cellIndex = new Map(matrix.cells.map((c) => [`${c.insurer}\u0000${c.topic}`, c]));
  const cell = (insurer: string, topic: string) => cellIndex.get(`${insurer}\u0000${topic}`);
  const insurers = state.insurers.length ? matrix.insurers.filter((i) => state.insurers.includes(i.slug)) : matrix.insurers;
  const topicFilter = (t: T) =>
    (state.topics.length === 0 && state.groups.length === 0) || state.topics.includes(t.slug) || state.groups.includes(t.group);
  // Insurers with no version as of the chosen day have no cells and take no part in the comparison.
  const differs = (t: T) => new Set(insurers.flatMap((i) => cell(i.slug, t.slug)?.stance ?? [])).size > 1;
  const groups = matrix.groups
    .map((g) => ({ ...g, topics: matrix.topics.filter((t) => t.group === g.slug && topicFilter(t) && (!state.diff || differs(t))) }))
    .filter((g) => g.topics.length > 0);
  return { insurers, groups, cell, rowCount: groups.reduce((n, g) => n + g.topics.length, 0) };
}
