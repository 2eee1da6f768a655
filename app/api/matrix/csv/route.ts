import { toCsv } from '@/lib/csv';
import { badHost, publicOrigin } from '@/lib/http';
import { cached, routeCache } from '@/lib/response-cache';
import { getMatrixView, matrixKey } from '@/lib/queries/views';

const answers = routeCache();

/**
 * GET /api/matrix/csv[?…] — the current grid view, one row per insurer × topic, in column order; links
 * name the version quoted, quotes carry their lead-in, and with a base a column says whether the cell
 * differs from the base insurer's.
 */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const from = publicOrigin(request);
  if (!from.ok) return badHost(from.message);
  const { origin } = from;
  return cached(answers, request, `${origin} ${await matrixKey(params)}`, async () => {
    const view = await getMatrixView(params);
    const insurerOf = new Map(view.insurers.map((i) => [i.slug, i]));
    const topicBySlug = new Map(view.topics.map((t) => [t.slug, t]));
    const rows = view.cells.map((c) => {
      const topic = topicBySlug.get(c.topic)!;
      return [
        topic.groupName,
        topic.slug,
        topic.name,
        c.insurer,
        insurerOf.get(c.insurer)?.name ?? c.insurer,
        insurerOf.get(c.insurer)?.kind ?? '',
        c.archivedOn,
        c.stance,
        topic.stances.find((s) => s.value === c.stance)?.label ?? c.stance,
        c.review,
        c.differsFromBase === null ? '' : c.differsFromBase ? 'yes' : 'no',
        c.summary,
        c.citations.map((q) => (q.leadIn ? `${q.leadIn} … ${q.quote}` : q.quote)).join(' | '),
        c.citations.map((q) => new URL(q.url, origin).toString()).join(' '),
      ];
    });
    const header = ['group', 'topic', 'topic_name', 'insurer', 'insurer_name', 'kind', 'archived_on', 'stance', 'stance_label', 'review', 'differs_from_base', 'summary', 'quotes', 'clause_urls'];
    return {
      body: toCsv(header, rows),
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="insurer-privacy-comparison.csv"',
        ...(from.vary ? { vary: from.vary } : {}),
      },
    };
  });
}
