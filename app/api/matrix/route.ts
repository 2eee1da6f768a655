import { cached, JSON_TYPE, routeCache } from '@/lib/response-cache';
import { getMatrixView, matrixKey } from '@/lib/queries/views';

const answers = routeCache();

/**
 * GET /api/matrix[?topics=…&groups=…&insurers=…&states=…&kinds=…&base=…&sort=exposure&diff=1&asOf=YYYY-MM-DD]
 * — the grid as JSON; filters, peers and sort as in the grid URL, insurers in column order. Each insurer
 * names the version it is read at (archivedOn: null when it had none by asOf) and its tally of answers by
 * tone, and the last live check of its address (lastCheck: null before any); with a base, each cell says
 * whether it differs from the base insurer's. Kept per canonical view.
 */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  return cached(answers, request, await matrixKey(params), async () => {
    const view = await getMatrixView(params);
    const body = {
      asOf: view.asOf,
      base: view.state.base,
      sort: view.state.sort,
      insurers: view.insurers.map((i) => ({
        slug: i.slug,
        name: i.name,
        kind: i.kind,
        state: i.state,
        archivedOn: i.version?.archivedOn ?? null,
        capture: i.version?.capture ?? null,
        isLatest: i.version?.isLatest ?? false,
        sourceUrl: i.version?.sourceUrl ?? null,
        tally: view.tallies[i.slug]!.counts,
        exposure: view.tallies[i.slug]!.exposure,
        lastCheck: i.lastCheck,
      })),
      topics: view.topics.map((t) => ({ slug: t.slug, name: t.name, group: t.group })),
      cells: view.cells,
    };
    return { body: JSON.stringify(body), headers: JSON_TYPE };
  });
}
