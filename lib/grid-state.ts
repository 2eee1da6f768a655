import type { CellDTO, MatrixDTO, TopicDTO } from './dto';
import { GridQuerySchema } from './schemas';
import type { GridState } from './urls';

export const EMPTY_GRID_STATE: GridState = { groups: [], topics: [], insurers: [], diff: false };

function list(value: string | null): string[] {
  if (!value) return [];
  return [...new Set(value.split(',').map((s) => s.trim()).filter(Boolean))];
}

/**
 * URL query → grid state. Unknown slugs, malformed values and repeated parameters are dropped,
 * never an error: a shared link with a typo still opens the closest sensible view.
 */
export function parseGridState(params: URLSearchParams, known: Pick<MatrixDTO, 'insurers' | 'topics' | 'groups'>): GridState {
  const parsed = GridQuerySchema.parse({
    groups: list(params.get('groups')),
    topics: list(params.get('topics')),
    insurers: list(params.get('insurers')),
    diff: params.get('diff') === '1' || params.get('diff') === 'true',
  });
  const keep = (values: string[], allowed: Set<string>) => values.filter((v) => allowed.has(v));
  return {
    groups: keep(parsed.groups, new Set(known.groups.map((g) => g.slug))),
    topics: keep(parsed.topics, new Set(known.topics.map((t) => t.slug))),
    insurers: keep(parsed.insurers, new Set(known.insurers.map((i) => i.slug))),
    diff: parsed.diff,
  };
}

export interface GridView {
  insurers: MatrixDTO['insurers'];
  groups: { slug: string; name: string; topics: TopicDTO[] }[];
  cell(insurer: string, topic: string): CellDTO | undefined;
  rowCount: number;
}

/** Applies a grid state to the matrix: which columns and rows the user sees. */
export function applyGridState(matrix: MatrixDTO, state: GridState): GridView {
  const cellIndex = new Map(matrix.cells.map((c) => [`${c.insurer}\u0000${c.topic}`, c]));
  const cell = (insurer: string, topic: string) => cellIndex.get(`${insurer}\u0000${topic}`);
  const insurers = state.insurers.length ? matrix.insurers.filter((i) => state.insurers.includes(i.slug)) : matrix.insurers;
  const topicFilter = (t: TopicDTO) =>
    (state.topics.length === 0 && state.groups.length === 0) || state.topics.includes(t.slug) || state.groups.includes(t.group);
  const differs = (t: TopicDTO) => new Set(insurers.map((i) => cell(i.slug, t.slug)?.stance)).size > 1;
  const groups = matrix.groups
    .map((g) => ({ ...g, topics: matrix.topics.filter((t) => t.group === g.slug && topicFilter(t) && (!state.diff || differs(t))) }))
    .filter((g) => g.topics.length > 0);
  return { insurers, groups, cell, rowCount: groups.reduce((n, g) => n + g.topics.length, 0) };
}
