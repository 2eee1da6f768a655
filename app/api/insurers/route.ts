import { sendJson } from '@/lib/http';
import { searchInsurers } from '@/lib/queries/matrix';
import { INSURER_QUERY_MAX, InsurerSearchQuerySchema } from '@/lib/schemas';

/**
 * GET /api/insurers?q=…&limit=… — find insurers by name or slug (at most 50 per request). The query is
 * literal text (% and _ match themselves); one longer than the longest name can match nothing, so it
 * is refused rather than silently widened.
 */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const q = params.get('q') ?? '';
  if (q.length > INSURER_QUERY_MAX) return sendJson(request, { error: `q must be at most ${INSURER_QUERY_MAX} characters` }, 400);
  const { limit } = InsurerSearchQuerySchema.parse({ q, limit: params.get('limit') ?? undefined });
  return sendJson(request, await searchInsurers(q, limit));
}
