import { resolvePair } from '@/lib/history/pair';
import { cached, JSON_TYPE, routeCache, sendJson } from '@/lib/response-cache';
import { compareVersions, getHistory } from '@/lib/queries/history';
import { clauseUrl } from '@/lib/urls';
import type { ClauseRef } from '@/lib/history/compare';

/**
 * GET /api/insurers/:insurer/compare?from=&to= — the pairs of the compare page as JSON: dates put in
 * order, a single date compared with its neighbour, unknown dates ignored (the newest two).
 */
const answers = routeCache();

export async function GET(request: Request, { params }: { params: Promise<{ insurer: string }> }) {
  const slug = (await params).insurer;
  const history = await getHistory(slug);
  if (!history) return sendJson(request, { error: 'insurer not found' }, 404);
  const query = new URL(request.url).searchParams;
  const pair = resolvePair(history.versions.map((v) => v.archivedOn), query.get('from'), query.get('to'))!;
  return cached(answers, request, `${slug} ${pair.from} ${pair.to}`, async () => {
    const comparison = pair.from === pair.to ? null : await compareVersions(slug, pair.from, pair.to);
    const clause = (c: ClauseRef, archivedOn: string) => ({ key: c.key, section: c.section, text: c.text, topics: (c.topics ?? []).map((t) => t.slug), url: clauseUrl(slug, c.key, archivedOn) });
    const body = {
      insurer: slug,
      from: pair.from,
      to: pair.to,
      counts: comparison?.counts ?? { unchanged: 0, added: 0, removed: 0, changed: 0 },
      pairs: (comparison?.changes ?? []).map((c) => ({
        kind: c.kind,
        from: c.kind === 'added' ? null : clause(c.from, pair.from),
        to: c.kind === 'removed' ? null : clause(c.to, pair.to),
        ...(c.kind === 'changed' ? { similarity: Number(c.similarity.toFixed(3)), words: c.words } : {}),
      })),
    };
    return { body: JSON.stringify(body), headers: JSON_TYPE };
  });
}
