import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CitationQuotes } from '@/components/citation-quotes';
import { ReviewMark } from '@/components/review-mark';
import { StanceBadge } from '@/components/stance-badge';
import { capturedOn } from '@/lib/format';
import { getCells, getInsurersBySlugs, getTopics } from '@/lib/queries/matrix';
import { historyUrl, insurerUrl, topicUrl } from '@/lib/urls';

/**
 * Rendered per request (one cell: a few milliseconds) and never stored, so a stranger's unknown slugs
 * are a 404 that leaves nothing on disk; see the Decisions table in README.md.
 */
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ insurer: string; topic: string }> };

async function load(params: Props['params']) {
  const { insurer: insurerSlug, topic: topicSlug } = await params;
  const [[insurer], { topics }, cells] = await Promise.all([
    getInsurersBySlugs([insurerSlug]),
    getTopics(),
    getCells({ insurers: [insurerSlug], topics: [topicSlug] }),
  ]);
  const topic = topics.find((t) => t.slug === topicSlug);
  const cell = cells[0];
  return insurer && topic && cell ? { insurer, topic, cell } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await load(params);
  if (!data) return { title: 'Not found' };
  const stance = data.topic.stances.find((s) => s.value === data.cell.stance);
  return { title: `${data.insurer.name}: ${data.topic.name}`, description: `${stance?.label ?? data.cell.stance}. ${data.cell.summary}` };
}

export default async function PracticePage({ params }: Props) {
  const data = await load(params);
  if (!data) notFound();
  const { insurer, topic, cell } = data;
  const stance = topic.stances.find((s) => s.value === cell.stance);
  return (
    <article className="mx-auto flex max-w-3xl flex-col gap-4">
      <p className="text-sm">
        <a href={insurerUrl(insurer.slug)} className="text-blue-800 underline underline-offset-2">
          {insurer.name}
        </a>{' '}
        ·{' '}
        <a href={topicUrl(topic.slug)} className="text-blue-800 underline underline-offset-2">
          {topic.name} across all insurers
        </a>
      </p>
      <h1 className="text-2xl font-bold">
        {insurer.name}: {topic.name}
      </h1>
      <p className="text-slate-800">{topic.question}</p>
      <div className="flex flex-col items-start gap-2 rounded-lg border border-slate-300 bg-white p-4">
        <span className="flex flex-wrap items-center gap-2">
          {stance ? <StanceBadge label={stance.label} tone={stance.tone} value={stance.value} /> : null}
          <ReviewMark review={cell.review} carriedFrom={cell.carriedFrom} />
        </span>
        <p>{cell.summary}</p>
        {stance ? <p className="text-sm text-slate-700">What this stance means: {stance.description}</p> : null}
      </div>
      <p className="text-sm text-slate-700">
        Read from the newest version of the policy, {capturedOn(cell.capture, cell.archivedOn)}.{' '}
        <a href={historyUrl(insurer.slug)} className="text-blue-800 underline underline-offset-2">
          How this changed over time
        </a>
      </p>
      <h2 className="text-xl font-semibold">What the policy says</h2>
      <CitationQuotes cell={cell} insurerName={insurer.name} />
      <p className="text-sm">
        <a href={insurerUrl(insurer.slug)} className="text-blue-800 underline underline-offset-2">
          Read {insurer.name}’s full policy
        </a>
      </p>
    </article>
  );
}
