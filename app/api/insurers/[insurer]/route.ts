import { sendJson } from '@/lib/http';
import { getPolicy } from '@/lib/queries/policy';

/** GET /api/insurers/:insurer — the newest version: metadata, versions, every practice with citations, and the text by section. */
export async function GET(request: Request, { params }: { params: Promise<{ insurer: string }> }) {
  const policy = await getPolicy((await params).insurer, null);
  if (!policy) return sendJson(request, { error: 'insurer not found' }, 404);
  return sendJson(request, policy);
}
