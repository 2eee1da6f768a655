import { compactColumnsCss } from '@/lib/compact-columns';
import { getTopics } from '@/lib/queries/matrix';

export const dynamic = 'force-static';

/** GET /compact-columns.css — the compact grid's column widths, built once from the seeded taxonomy. */
export async function GET() {
  const { topics } = await getTopics();
  return new Response(compactColumnsCss(topics), {
    headers: { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=3600' },
  });
}
