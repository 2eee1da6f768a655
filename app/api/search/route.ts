import { sendJson } from '@/lib/http';
import { searchClauses, snippetHtml } from '@/lib/queries/search';
import { parseSearchParams } from '@/lib/search/params';

/**
 * GET /api/search?q=&limit=&offset=[&insurers=&topics=&versions=current|all] — clauses matching the
 * query, best first. `snippet` is HTML-safe: the policy text is escaped and each match is in <mark>.
 * A query with nothing to search for is a 400 with a message; never a 5xx.
 */
export async function GET(request: Request) {
  const req = parseSearchParams(new URL(request.url).searchParams);
  if (!req.query.ok) return sendJson(request, { query: req.query.display, total: 0, results: [], error: req.query.message }, 400);
  const { total, hits } = await searchClauses(req.query, req);
  return sendJson(request, {
    query: req.query.display,
    total,
    limit: req.limit,
    offset: req.offset,
    results: hits.map((h) => ({
      insurer: h.insurer.slug,
      insurerName: h.insurer.name,
      archivedOn: h.archivedOn,
      isLatest: h.isLatest,
      clauseKey: h.clauseKey,
      url: h.url,
      snippet: snippetHtml(h.snippet),
      topics: h.topics.map((t) => t.slug),
    })),
  });
}
