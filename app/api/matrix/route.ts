import { sendJson } from '@/lib/http';
import { getMatrixView } from '@/lib/queries/views';

/**
 * GET /api/matrix[?topics=…&groups=…&insurers=…&diff=1&asOf=YYYY-MM-DD] — the grid as JSON; filters as
 * in the grid URL. Each insurer names the version it is read at (archivedOn: null when it had none by asOf).
 */
export async function GET(request: Request) {
  const view = await getMatrixView(new URL(request.url).searchParams);
  return sendJson(request, {
    asOf: view.asOf,
    insurers: view.insurers.map((i) => ({
      slug: i.slug,
      name: i.name,
      state: i.state,
      archivedOn: i.version?.archivedOn ?? null,
      capture: i.version?.capture ?? null,
      isLatest: i.version?.isLatest ?? false,
    })),
    topics: view.topics.map((t) => ({ slug: t.slug, name: t.name, group: t.group })),
    cells: view.cells,
  });
}
