import { toCsv } from '@/lib/csv';
import { badHost, publicOrigin, sendBody } from '@/lib/http';
import { getMatrixView } from '@/lib/queries/views';

/** GET /api/matrix/csv[?…] — the current grid view, one row per insurer × topic. */
export async function GET(request: Request) {
  const view = await getMatrixView(new URL(request.url).searchParams);
  const from = publicOrigin(request);
  if (!from.ok) return badHost(from.message);
  const { origin } = from;
  const insurerName = new Map(view.insurers.map((i) => [i.slug, i.name]));
  const topicBySlug = new Map(view.topics.map((t) => [t.slug, t]));
  const rows = view.cells.map((c) => {
    const topic = topicBySlug.get(c.topic)!;
    return [
      topic.groupName,
      topic.slug,
      topic.name,
      c.insurer,
      insurerName.get(c.insurer) ?? c.insurer,
      c.archivedOn,
      c.stance,
      topic.stances.find((s) => s.value === c.stance)?.label ?? c.stance,
      c.review,
      c.summary,
      c.citations.map((q) => q.quote).join(' | '),
      c.citations.map((q) => new URL(q.url, origin).toString()).join(' '),
    ];
  });
  const header = ['group', 'topic', 'topic_name', 'insurer', 'insurer_name', 'archived_on', 'stance', 'stance_label', 'review', 'summary', 'quotes', 'clause_urls'];
  return sendBody(request, toCsv(header, rows), {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': 'attachment; filename="insurer-privacy-comparison.csv"',
    ...(from.vary ? { vary: from.vary } : {}),
  });
}
