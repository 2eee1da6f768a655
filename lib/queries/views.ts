import 'server-only';
import type { MatrixDTO } from '../dto';
import { applyGridState, parseGridState } from '../grid-state';
import { getMatrix } from './matrix';

/** The matrix as a grid URL's query would show it: only the chosen insurers and visible topics. */
export async function getMatrixView(params: URLSearchParams): Promise<MatrixDTO> {
  const matrix = await getMatrix();
  const view = applyGridState(matrix, parseGridState(params, matrix));
  const topics = view.groups.flatMap((g) => g.topics);
  const insurers = new Set(view.insurers.map((i) => i.slug));
  const topicSet = new Set(topics.map((t) => t.slug));
  return {
    insurers: view.insurers,
    groups: matrix.groups.filter((g) => view.groups.some((v) => v.slug === g.slug)),
    topics,
    cells: matrix.cells.filter((c) => insurers.has(c.insurer) && topicSet.has(c.topic)),
  };
}
