import 'server-only';
import type { MatrixDTO } from '../dto';
import { applyGridState, parseGridState, slugList } from '../grid-state';
import { getCells, getInsurers, getInsurersBySlugs, getTopics } from './matrix';

/** The most insurers one API request may name; beyond it the extra slugs are ignored like unknown ones. */
export const MAX_INSURERS_PER_REQUEST = 50;

/**
 * The matrix as a grid URL's query would show it. When insurers are named only those are read, so a
 * request for two insurers costs the same with 5 or 1,000 in the corpus.
 */
export async function getMatrixView(params: URLSearchParams): Promise<MatrixDTO> {
  const named = slugList(params.get('insurers')).slice(0, MAX_INSURERS_PER_REQUEST);
  const [{ groups, topics }, insurers] = await Promise.all([getTopics(), named.length ? getInsurersBySlugs(named) : getInsurers()]);
  const cells = await getCells(named.length ? { insurers: insurers.map((i) => i.slug) } : {});
  const loaded: MatrixDTO = { insurers, groups, topics, cells, totalInsurers: insurers.length };
  const view = applyGridState(loaded, parseGridState(params, loaded));
  const visibleTopics = view.groups.flatMap((g) => g.topics);
  const insurerSet = new Set(view.insurers.map((i) => i.slug));
  const topicSet = new Set(visibleTopics.map((t) => t.slug));
  return {
    insurers: view.insurers,
    groups: groups.filter((g) => view.groups.some((v) => v.slug === g.slug)),
    topics: visibleTopics,
    cells: cells.filter((c) => insurerSet.has(c.insurer) && topicSet.has(c.topic)),
    totalInsurers: view.insurers.length,
  };
}
