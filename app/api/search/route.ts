import { JSON_TYPE, sendJson } from '@/lib/response-cache';
import { SearchUnavailableError } from '@/lib/search/pool';
import { searchClauses, snippetHtml } from '@/lib/queries/search';
import { parseSearchParams } from '@/lib/search/params';

/**
 * GET /api/search?q=&limit=&offset=[&insurers=&topics=&versions=current|all] — clauses matching the
 * query, best first (`ranked`; for a word in very many clauses, in the corpus's order). `snippet` is
 * HTML-safe: the policy text is escaped and each match is in <mark>; `url` names the version;
 * `sameIn` lists the versions on this page with the same words. A query with nothing to search for, or
 * a limit/offset that is not a whole number, is a 400 with a message; never a 5xx.
 */
export async function GET(request: Request) {
  const req = parseSearchParams(new URL(request.url).searchParams);
  if (req.numberError) return sendJson(request, { query: req.query.display, total: 0, results: [], error: req.numberError }, 400);
  if (!req.query.ok) return sendJson(request, { query: req.query.display, total: 0, results: [], error: req.query.message }, 400);
  let found: Awaited<ReturnType<typeof searchClauses>>;
  try {
    found = await searchClauses(req.query, req);
  } catch (err) {
    if (!(err instanceof SearchUnavailableError)) throw err;
    return new Response(JSON.stringify({ query: req.query.display, total: 0, results: [], error: `Search is busy: ${err.message}.` }), {
      status: 503,
      headers: { ...JSON_TYPE, 'retry-after': '2', 'cache-control': 'no-store' },
    });
  }
  const { total, ranked, hits } = found;
  return sendJson(request, {
    query: req.query.display,
    terms: req.query.terms,
    total,
    ranked,
    limit: req.limit,
    offset: req.offset,
    results: hits.map((h) => ({
      insurer: h.insurer.slug,
      insurerName: h.insurer.name,
      archivedOn: h.archivedOn,
      isLatest: h.isLatest,
      clauseKey: h.clauseKey,
      section: h.section,
      url: h.url,
      leadIn: h.leadIn,
      snippet: snippetHtml(h.snippet),
      topics: h.topics.map((t) => t.slug),
      sameIn: h.sameIn.map((v) => ({ archivedOn: v.archivedOn, url: v.url })),
    })),
  });
}
