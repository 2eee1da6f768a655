import type { Metadata } from 'next';
import { QuoteBlock } from '@/components/quote-block';
import { ReviewMark } from '@/components/review-mark';
import { capturedOn } from '@/lib/format';
import { getReviewQueue } from '@/lib/queries/review';
import { versionUrl } from '@/lib/urls';

export const metadata: Metadata = {
  title: 'Waiting for review',
  description: 'Every answer no person has read yet: machine-suggested cells of new versions, and carried readings whose quotes no longer occur.',
  robots: { index: false },
};

/**
 * The review queue: every cell waiting for a person, oldest version first, each with the clause it
 * rests on and the annotation file where a person corrects it and marks it `review: reviewed`
 * (README: "Adding a policy"). Prerendered: the queue changes only with a seed.
 */
export default async function ReviewPage() {
  const items = await getReviewQueue();
  const versions = new Set(items.map((i) => `${i.insurer.slug} ${i.archivedOn}`));
  return (
    <article className="mx-auto flex max-w-5xl flex-col gap-4">
      <header>
        <h1 className="text-2xl font-bold">Waiting for review</h1>
        <p className="mt-1 text-slate-800">
          Answers no person has read yet: suggested by the suggester for a new version (from the tracker or <code>npm run ingest</code>), or readings carried
          from an earlier version whose quotes no longer occur. The site marks them wherever they are shown.
        </p>
        <p role="status" className="mt-2 font-medium">
          {items.length === 0 ? 'Nothing waits for review: every answer on file is a person’s reading.' : `${items.length} answer${items.length === 1 ? '' : 's'} in ${versions.size} version${versions.size === 1 ? '' : 's'} wait for a person, oldest first.`}
        </p>
      </header>
      <ol className="flex flex-col gap-3">
        {items.map((item) => (
          <li key={`${item.insurer.slug}-${item.archivedOn}-${item.topic.slug}`} className="rounded-lg border border-slate-300 bg-white p-3 text-sm" data-insurer={item.insurer.slug} data-topic={item.topic.slug}>
            <p className="font-semibold">
              {item.insurer.name} · {item.topic.name} ·{' '}
              <a href={versionUrl(item.insurer.slug, item.archivedOn)} className="font-normal text-blue-800 underline underline-offset-2">
                policy {capturedOn(item.capture, item.archivedOn)}
              </a>
            </p>
            <p className="mt-1 flex flex-wrap items-center gap-2">
              <span>Suggested answer: {item.stanceLabel}</span>
              <ReviewMark review={item.cell.review} carriedFrom={item.cell.carriedFrom} />
              {item.cell.confidence !== null ? <span className="text-slate-700">confidence {item.cell.confidence.toFixed(2)}</span> : null}
            </p>
            {item.cell.flag ? <p className="mt-1 text-red-900">Why a person must look: {item.cell.flag}</p> : null}
            {item.cell.why ? <p className="mt-1 text-slate-700">The suggester’s cue: {item.cell.why}</p> : null}
            {item.cell.citations.map((c, i) => (
              <div key={`${c.clauseKey}-${i}`} className="mt-1">
                <QuoteBlock citation={c} size="sm" />
                <a href={c.url} className="target-link">
                  Read this paragraph in the full text
                </a>
              </div>
            ))}
            <p className="mt-1 flex flex-wrap gap-x-3">
              <a href={item.cell.permalink} className="target-link">
                This answer’s page
              </a>
              <span>
                Correct it in <code>{item.annotationFile}</code>, under <code>versions.{item.archivedOn}.{item.topic.slug}</code>
              </span>
            </p>
          </li>
        ))}
      </ol>
    </article>
  );
}
