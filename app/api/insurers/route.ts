import { searchInsurers } from '@/lib/queries/matrix';
import { InsurerSearchQuerySchema } from '@/lib/schemas';

/** GET /api/insurers?q=…&limit=… — find insurers by name or slug (at most 50 per request). */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const { q, limit } = InsurerSearchQuerySchema.parse({ q: params.get('q') ?? '', limit: params.get('limit') ?? undefined });
  return Response.json(await searchInsurers(q, limit));
}
