import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ChangeGroups } from '@/components/change-groups';
import { capturedOn, formatStatedDate } from '@/lib/format';
import { getHistory } from '@/lib/queries/history';
import { getInsurerParams } from '@/lib/queries/params';
import { compareUrl, insurerUrl } from '@/lib/urls';

/** Prerendered per insurer; the two-version comparison is its own page (compare). */
export const dynamicParams = true;
export const revalidate = false;

export function generateStaticParams() {
  return getInsurerParams();
}

type Props = { params: Promise<{ insurer: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const history = await getHistory((await params).insurer);
  if (!history) return { title: 'Insurer not found' };
  return {
    title: `${history.insurer.name}: policy history`,
    description: `Every version of ${history.insurer.name}’s privacy policy on file, and which answers changed between them.`,
  };
}

/** An insurer's versions on a timeline, and where each topic's answer changed between consecutive versions. */
export default async function HistoryPage({ params }: Props) {
  const history = await getHistory((await params).insurer);
  if (!history) notFound();
  const dates = history.versions.map((v) => v.archivedOn);
  return (
    <article className="mx-auto flex max-w-5xl flex-col gap-8">
      <header>
        <p className="text-sm">
          <a href={insurerUrl(history.insurer.slug)} className="text-blue-800 underline underline-offset-2">
            {history.insurer.name}
          </a>
        </p>
        <h1 className="text-2xl font-bold">{history.insurer.name}: policy history</h1>
        <p className="mt-1 text-slate-800">
          {history.versions.length === 1
            ? 'One version of this policy is on file.'
            : `${history.versions.length} versions on file, from ${formatStatedDate(dates[0]!)} to ${formatStatedDate(dates[dates.length - 1]!)}.`}
        </p>
        {history.versions.length > 1 ? (
          <p className="mt-2">
            <a href={compareUrl(history.insurer.slug)} className="font-medium text-blue-800 underline underline-offset-2">
              Compare two versions side by side, clause by clause
            </a>
          </p>
        ) : null}
      </header>

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading" className="text-xl font-semibold">
          Timeline
        </h2>
        <ol className="timeline mt-3">
          {history.versions.map((v, i) => (
            <li key={v.archivedOn} className="timeline-item">
              <p className="font-semibold">
                <a href={v.url} className="text-blue-900 underline underline-offset-2">
                  <time dateTime={v.archivedOn}>{formatStatedDate(v.archivedOn)}</time>
                </a>
                {v.isLatest ? <span className="ml-2 text-sm font-normal">(newest)</span> : null}
              </p>
              <p className="text-sm text-slate-800">
                {v.title} · {capturedOn(v.capture, v.archivedOn)}
                {v.lastModifiedOn ? ` · states last modified ${formatStatedDate(v.lastModifiedOn)}` : ''}
                {v.effectiveOn ? ` · states effective ${formatStatedDate(v.effectiveOn)}` : ''}
              </p>
              {i > 0 ? (
                <p className="text-sm">
                  {v.changedTopics === 0 ? 'No answer changed' : `${v.changedTopics} answer${v.changedTopics === 1 ? '' : 's'} changed`}
                  {v.awaitingReview ? `; ${v.awaitingReview} await review` : ''}.{' '}
                  <a href={compareUrl(history.insurer.slug, { from: dates[i - 1]!, to: v.archivedOn })} className="text-blue-800 underline underline-offset-2">
                    Compare with the version before
                  </a>
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="changes-heading">
        <h2 id="changes-heading" className="text-xl font-semibold">
          What changed, question by question
        </h2>
        {history.groups.length === 0 ? (
          <p className="mt-2 text-slate-800">
            {history.versions.length === 1 ? 'With one version there is nothing to compare yet.' : 'No answer changed between consecutive versions.'}
          </p>
        ) : (
          <div className="mt-3">
            <ChangeGroups groups={history.groups} showInsurer={false} headingLevel={3} quotes />
          </div>
        )}
      </section>
    </article>
  );
}
