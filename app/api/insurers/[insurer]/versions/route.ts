import { sendJson } from '@/lib/http';
import { getInsurerVersions } from '@/lib/queries/history';

/**
 * GET /api/insurers/:insurer/versions — every version of the insurer's policy, oldest first, with the
 * stance of each topic in that version's reading (and whether a person reviewed it).
 */
export async function GET(request: Request, { params }: { params: Promise<{ insurer: string }> }) {
  const body = await getInsurerVersions((await params).insurer);
  if (!body) return sendJson(request, { error: 'insurer not found' }, 404);
  return sendJson(request, body);
}
