import { getPolicy } from '@/lib/queries/policy';

/** GET /api/insurers/:insurer — metadata, every practice with citations, and the full text by section. */
export async function GET(_request: Request, { params }: { params: Promise<{ insurer: string }> }) {
  const policy = await getPolicy((await params).insurer);
  if (!policy) return Response.json({ error: 'insurer not found' }, { status: 404 });
  return Response.json(policy);
}
