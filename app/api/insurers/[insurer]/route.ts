import { cached, JSON_TYPE, routeCache, sendJson } from '@/lib/response-cache';
import { getPolicy } from '@/lib/queries/policy';

const answers = routeCache();

/** GET /api/insurers/:insurer — the newest version: metadata, versions, every practice with citations, and the text by section. */
export async function GET(request: Request, { params }: { params: Promise<{ insurer: string }> }) {
  const slug = (await params).insurer;
  const policy = await getPolicy(slug, null);
  if (!policy) return sendJson(request, { error: 'insurer not found' }, 404);
  return cached(answers, request, slug, () => Promise.resolve({ body: JSON.stringify(policy), headers: JSON_TYPE }));
}
