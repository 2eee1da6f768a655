import { cached, JSON_TYPE, routeCache, sendJson } from '@/lib/response-cache';
import { searchInsurers } from '@/lib/queries/matrix';
import { parseCountParam } from '@/lib/query-numbers';
import { INSURER_QUERY_MAX } from '@/lib/schemas';

/**
 * GET /api/insurers?q=…&limit=… — find insurers by name or slug (at most 50 per request). The query is
 * literal text (% and _ match themselves, control characters are dropped); one longer than the longest
 * name can match nothing, so it is refused rather than silently widened; a limit that is not a whole
 * number is a 400.
 */
const answers = routeCache();

export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  // Control characters are never part of a name; SQLite would also end the bound text at a NUL.
  const q = (params.get('q') ?? '').replace(/[\u0000-\u001f\u007f]/g, '');
  if ([...q].length > INSURER_QUERY_MAX) return sendJson(request, { error: `q must be at most ${INSURER_QUERY_MAX} characters` }, 400);
  const limit = parseCountParam('limit', params.get('limit'), { min: 1, max: 50, fallback: 20 });
  if (!limit.ok) return sendJson(request, { error: limit.message }, 400);
  return cached(answers, request, `${q.trim().toLowerCase()}\u0000${limit.value}`, async () => ({ body: JSON.stringify(await searchInsurers(q, limit.value)), headers: JSON_TYPE }));
}
