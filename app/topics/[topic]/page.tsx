import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CitationQuotes } from '@/components/citation-quotes';
import { ReviewMark } from '@/components/review-mark';
import { StanceBadge } from '@/components/stance-badge';
import { capturedOn } from '@/lib/format';
import { getCells, getInsurers, getTopics } from '@/lib/queries/matrix';
import { EMPTY_GRID_STATE } from '@/lib/grid-state';
import { gridUrl, insurerUrl, practiceUrl } from '@/lib/urls';

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getTopics()).topics.map((t) => ({ topic: t.slug }));
}

type Props = { params: Promise<{ topic: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const slug = (await params).topic;
  const topic = (await getTopics()).topics.find((t) => t.slug === slug);
  if (!topic) return { title: 'Topic not found' };
  return { title: `${topic.name}: how insurers compare`, description: `${topic.question} ${topic.explanation}` };
}

export default async function TopicPage({ params }: Props) {
  const slug = (await params).topic;
  const topic = (await getTopics()).topics.find((t) => t.slug === slug);
  if (!topic) notFound();
  const [insurers, cells] = await Promise.all([getInsurers(), getCells({ topics: [slug] })]);
  return (
    <article className="flex flex-col gap-6">
      <header className="max-w-3xl">
        <p className="text-sm text-slate-700">{topic.groupName}</p>
        <h1 className="text-2xl font-bold">{topic.name}</h1>
        <p className="mt-1 text-lg">{topic.question}</p>
        <p className="mt-2 text-slate-800">{topic.explanation}</p>
        <p className="mt-2 text-sm">
          <a href={gridUrl({ ...EMPTY_GRID_STATE, topics: [slug] })} className="text-blue-800 underline underline-offset-2">
            Show this topic in the comparison grid
          </a>
        </p>
      </header>
      <section aria-labelledby="stances-heading" className="max-w-3xl">
        <h2 id="stances-heading" className="text-lg font-semibold">
          Possible answers
        </h2>
        <dl className="mt-2 flex flex-col gap-2">
          {topic.stances.map((s) => (
            <div key={s.value} className="flex flex-col gap-1 sm:flex-row sm:items-start sm:gap-3">
              <dt className="shrink-0 sm:w-64">
                <StanceBadge label={s.label} tone={s.tone} value={s.value} />
              </dt>
              <dd className="text-sm">{s.description}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="insurers-heading">
        <h2 id="insurers-heading" className="text-lg font-semibold">
          What each insurer says
        </h2>
        <ul className="mt-2 grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          {insurers.map((i) => {
            const cell = cells.find((c) => c.insurer === i.slug);
            const stance = topic.stances.find((s) => s.value === cell?.stance);
            if (!cell) return null;
            return (
              <li key={i.slug} className="flex flex-col gap-2 rounded-lg border border-slate-300 bg-slate-50 p-4">
                <h3 className="font-semibold">
                  <a href={insurerUrl(i.slug)} className="text-blue-900 underline underline-offset-2">
                    {i.name}
                  </a>
                </h3>
                <span className="flex flex-wrap items-center gap-2">
                  {stance ? <StanceBadge label={stance.label} tone={stance.tone} value={stance.value} /> : null}
                  <ReviewMark review={cell.review} carriedFrom={cell.carriedFrom} />
                </span>
                <p className="text-sm">{cell.summary}</p>
                <p className="text-xs text-slate-700">Policy {capturedOn(cell.capture, cell.archivedOn)}</p>
                <CitationQuotes cell={cell} insurerName={i.name} />
                <a href={practiceUrl(i.slug, slug)} className="text-sm text-blue-800 underline underline-offset-2">
                  Permalink<span className="sr-only"> to {i.name} on {topic.name}</span>
                </a>
              </li>
            );
          })}
        </ul>
      </section>
    </article>
  );
}
