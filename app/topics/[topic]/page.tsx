import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CitationQuotes } from '@/components/citation-quotes';
import { PolicyAge } from '@/components/policy-age';
import { ReviewMark } from '@/components/review-mark';
import { StanceBadge, TONE_MEANING } from '@/components/stance-badge';
import { capturedOn } from '@/lib/format';
import { EMPTY_GRID_STATE } from '@/lib/grid-state';
import { getCells, getInsurers, getTopics } from '@/lib/queries/matrix';
import { gridUrl, insurerUrl } from '@/lib/urls';
import type { CellDTO, InsurerDTO, StanceDTO } from '@/lib/dto';

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

const EXPOSURE = { concern: 3, caution: 2, good: 1, unknown: 0 } as const;

/**
 * Insurers grouped by their answer: the rarer and the more exposing answers first (a reader looks for
 * who stands out), not addressed last.
 */
function byStance(stances: StanceDTO[], cells: CellDTO[]): { stance: StanceDTO; cells: CellDTO[] }[] {
  return stances
    .map((stance) => ({ stance, cells: cells.filter((c) => c.stance === stance.value) }))
    .filter((g) => g.cells.length > 0)
    .sort((a, b) => EXPOSURE[b.stance.tone] - EXPOSURE[a.stance.tone] || a.cells.length - b.cells.length);
}

export default async function TopicPage({ params }: Props) {
  const slug = (await params).topic;
  const topic = (await getTopics()).topics.find((t) => t.slug === slug);
  if (!topic) notFound();
  const [insurers, cells] = await Promise.all([getInsurers(), getCells({ topics: [slug] })]);
  const insurerOf = new Map<string, InsurerDTO>(insurers.map((i) => [i.slug, i]));
  const groups = byStance(topic.stances, cells);
  return (
    <article className="flex flex-col gap-6">
      <header className="max-w-3xl">
        <p className="text-sm text-slate-700">{topic.groupName}</p>
        <h1 className="text-2xl font-bold">{topic.name}</h1>
        <p className="mt-1 text-lg">{topic.question}</p>
        <p className="mt-3 text-base font-medium" data-testid="stance-tally">
          {groups.map((g, i) => (
            <span key={g.stance.value}>
              {i > 0 ? ' · ' : ''}
              <a href={`#stance-${g.stance.value}`} className="underline underline-offset-2">
                {g.cells.length} {g.stance.label.toLowerCase()}
              </a>
            </span>
          ))}
        </p>
        <p className="mt-2 text-slate-800">{topic.explanation}</p>
        <p className="mt-2 text-sm">
          <a href={gridUrl({ ...EMPTY_GRID_STATE, topics: [slug] })} className="text-blue-800 underline underline-offset-2">
            Show this question in the comparison grid
          </a>
        </p>
      </header>
      {groups.map((g) => (
        <section key={g.stance.value} id={`stance-${g.stance.value}`} aria-labelledby={`heading-${g.stance.value}`} className="scroll-mt-24">
          <h2 id={`heading-${g.stance.value}`} className="flex flex-wrap items-center gap-2 text-lg font-semibold">
            <StanceBadge label={g.stance.label} tone={g.stance.tone} value={g.stance.value} />
            <span>
              {g.cells.length} insurer{g.cells.length === 1 ? '' : 's'}
            </span>
            <span className="text-sm font-normal text-slate-700">({TONE_MEANING[g.stance.tone]})</span>
          </h2>
          <p className="max-w-3xl text-sm text-slate-800">{g.stance.description}</p>
          <ul className="mt-2 grid gap-4 md:grid-cols-2 xl:grid-cols-3">
            {g.cells.map((cell) => {
              const insurer = insurerOf.get(cell.insurer);
              if (!insurer) return null;
              return (
                <li key={cell.insurer} className="flex flex-col gap-2 rounded-lg border border-slate-300 bg-white p-4">
                  <h3 className="font-semibold">
                    <a href={insurerUrl(insurer.slug)} className="text-blue-900 underline underline-offset-2">
                      {insurer.name}
                    </a>
                  </h3>
                  <p className="text-xs text-slate-700">Policy {capturedOn(cell.capture, cell.archivedOn)}</p>
                  <PolicyAge archivedOn={cell.archivedOn} sourceUrl={null} insurerName={insurer.name} compact />
                  <ReviewMark review={cell.review} carriedFrom={cell.carriedFrom} />
                  <p className="text-sm">{cell.summary}</p>
                  <CitationQuotes cell={cell} insurerName={insurer.name} />
                  <a href={cell.permalink} className="target-link text-sm">
                    Quotes and citation<span className="sr-only">: {insurer.name} on {topic.name}</span>
                  </a>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </article>
  );
}
