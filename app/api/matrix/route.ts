import { getMatrixView } from '@/lib/queries/views';

/** GET /api/matrix[?topics=…&groups=…&insurers=…&diff=1] — the grid as JSON; filters as in the grid URL. */
export async function GET(request: Request) {
  const view = await getMatrixView(new URL(request.url).searchParams);
  return Response.json({
    insurers: view.insurers.map((i) => ({ slug: i.slug, name: i.name, state: i.state })),
    topics: view.topics.map((t) => ({ slug: t.slug, name: t.name, group: t.group })),
    cells: view.cells,
  });
}
