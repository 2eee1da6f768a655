import 'server-only';
import type { MatrixDTO } from '../dto';
import { applyGridState, parseGridState, slugList } from '../grid-state';
import { getInsurers, getInsurersBySlugs, getTopics, getVersionCells, insurersAt, readVersions } from './matrix';

/** The most insurers one API request may name; beyond it the extra slugs are ignored like unknown ones. */
export const MAX_INSURERS_PER_REQUEST = 50;

/**
 * The matrix as a grid URL's query would show it, each insurer read at its newest version or at the
 * latest archived on or before ?asOf=. When insurers are named only those are read, so a request for
 * two insurers costs the same with 5 or 1,000 in the corpus.
 */
export async function getMatrixView(params: URLSearchParams): Promise<MatrixDTO> {
  const named = slugList(params.get('insurers')).slice(0, MAX_INSURERS_PER_REQUEST);
  const [{ groups, topics }, insurers] = await Promise.all([getTopics(), named.length ? getInsurersBySlugs(named) : getInsurers()]);
  const state = parseGridState(params, { insurers, topics, groups });
  const read = await readVersions(named.length ? insurers.map((i) => i.slug) : undefined, state.asOf);
  const cells = await getVersionCells([...read.values()].map((v) => v.id));
  const loaded: MatrixDTO = { insurers: insurersAt(insurers, read), groups, topics, cells, totalInsurers: insurers.length, asOf: state.asOf };
  const view = applyGridState(loaded, state);
  const visibleTopics = view.groups.flatMap((g) => g.topics);
  const insurerSet = new Set(view.insurers.map((i) => i.slug));
  const topicSet = new Set(visibleTopics.map((t) => t.slug));
  return {
    insurers: view.insurers,
    groups: groups.filter((g) => view.groups.some((v) => v.slug === g.slug)),
    topics: visibleTopics,
    cells: cells.filter((c) => insurerSet.has(c.insurer) && topicSet.has(c.topic)),
    totalInsurers: view.insurers.length,
    asOf: state.asOf,
  };
}
