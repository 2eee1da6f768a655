import 'server-only';
import type { CellDTO, MatrixDTO, Tone } from '../dto';
import { applyGridState, parseGridState, slugList } from '../grid-state';
import { gridQuery, type GridState } from '../urls';
import { getInsurers, getInsurersBySlugs, getTopics, getVersionCells, insurersAt, readVersions } from './matrix';

/** The most insurers one API request may name; beyond it the extra slugs are ignored like unknown ones. */
export const MAX_INSURERS_PER_REQUEST = 50;

export interface MatrixViewDTO extends MatrixDTO {
  state: GridState;
  /** Each column's answers counted by tone, and its exposure score (the sort=exposure order). */
  tallies: Record<string, { counts: Record<Tone, number>; exposure: number }>;
  /** With a base insurer: per cell of another insurer, whether its stance differs from the base's. */
  cells: (CellDTO & { differsFromBase: boolean | null })[];
}

/** A view's canonical key: the grid query its valid parts make (junk and order in the URL do not matter). */
export async function matrixKey(params: URLSearchParams): Promise<string> {
  const [{ groups, topics }, insurers] = await Promise.all([getTopics(), getInsurers()]);
  const state = parseGridState(params, { insurers, topics, groups });
  return gridQuery({ ...state, compact: false });
}

/**
 * The matrix as a grid URL's query would show it, each insurer read at its newest version or at the
 * latest archived on or before ?asOf=, with the grid's filters, peers (states, kinds, base) and sort.
 * When insurers are named only those are read, so a request for two insurers costs the same with 5 or
 * 1,000 in the corpus.
 */
export async function getMatrixView(params: URLSearchParams): Promise<MatrixViewDTO> {
  const named = slugList(params.get('insurers')).slice(0, MAX_INSURERS_PER_REQUEST);
  const baseSlug = slugList(params.get('base'))[0];
  const wanted = named.length ? [...new Set([...named, ...(baseSlug ? [baseSlug] : [])])] : [];
  const [{ groups, topics }, insurers] = await Promise.all([getTopics(), wanted.length ? getInsurersBySlugs(wanted) : getInsurers()]);
  const state = parseGridState(params, { insurers, topics, groups });
  const read = await readVersions(wanted.length ? insurers.map((i) => i.slug) : undefined, state.asOf);
  const cells = await getVersionCells([...read.values()].map((v) => v.id));
  const loaded: MatrixDTO = { insurers: insurersAt(insurers, read), groups, topics, cells, totalInsurers: insurers.length, asOf: state.asOf };
  const view = applyGridState(loaded, state);
  const visibleTopics = view.groups.flatMap((g) => g.topics);
  const insurerSet = new Set(view.insurers.map((i) => i.slug));
  const topicSet = new Set(visibleTopics.map((t) => t.slug));
  const order = new Map(view.insurers.map((i, n) => [i.slug, n]));
  const topicOrder = new Map(visibleTopics.map((t, n) => [t.slug, n]));
  return {
    state,
    insurers: view.insurers,
    groups: groups.filter((g) => view.groups.some((v) => v.slug === g.slug)),
    topics: visibleTopics,
    cells: cells
      .filter((c) => insurerSet.has(c.insurer) && topicSet.has(c.topic))
      .sort((a, b) => topicOrder.get(a.topic)! - topicOrder.get(b.topic)! || order.get(a.insurer)! - order.get(b.insurer)!)
      .map((c) => ({ ...c, differsFromBase: view.differsFromBase(c.insurer, c.topic) ?? null })),
    tallies: Object.fromEntries(view.insurers.map((i) => [i.slug, view.tally(i.slug)])),
    totalInsurers: view.insurers.length,
    asOf: state.asOf,
  };
}
