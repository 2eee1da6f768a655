import { cached, JSON_TYPE, routeCache } from '@/lib/response-cache';
import { getInsurerVersions } from '@/lib/queries/history';

const answers = routeCache();

/**
 * GET /api/insurers/:insurer/versions — every version of the insurer's policy, oldest first, with the
 * stance of each topic in that version's reading (and whether a person reviewed it).
 */
export async function GET(request: Request, { params }: { params: Promise<{ insurer: string }> }) {
  const slug = (await params).insurer;
  return cached(answers, request, slug, async () => {
    const body = await getInsurerVersions(slug);
    return body ? { body: JSON.stringify(body), headers: JSON_TYPE } : { body: JSON.stringify({ error: 'insurer not found' }), headers: JSON_TYPE, status: 404 };
  });
}
