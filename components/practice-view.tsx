import { CiteThis } from '@/components/cite-this';
import { CitationQuotes } from '@/components/citation-quotes';
import { PolicyAge } from '@/components/policy-age';
import { ReviewMark } from '@/components/review-mark';
import { StanceBadge } from '@/components/stance-badge';
import { capturedOn, formatStatedDate } from '@/lib/format';
import type { ReadingDTO } from '@/lib/queries/reading';
import { historyUrl, insurerUrl, topicUrl, versionUrl } from '@/lib/urls';

/** The origin citations start with when the site knows its public address (SITE_URL); else the browser fills it in. */
function siteOrigin(): string {
  try {
    return process.env.SITE_URL ? new URL(process.env.SITE_URL).origin : '';
  } catch {
    return '';
  }
}

/**
 * One reading: what one version of an insurer's policy says on one question, with the quotes it rests
 * on, a citation to copy, and the same question in every other version. Serves the newest reading
 * (/insurers/<insurer>/<topic>) and every version's (/insurers/<insurer>/versions/<date>/<topic>).
 */
export function PracticeView({ reading, pinned }: { reading: ReadingDTO; pinned: boolean }) {
  const { insurer, topic, cell, version, readings } = reading;
  const stance = topic.stances.find((s) => s.value === cell.stance);
  const newest = readings.find((r) => r.isLatest);
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
        <span className="block text-base font-normal text-slate-800">{topic.question}</span>
      </h1>
      <div className="flex flex-col items-start gap-2 rounded-lg border border-slate-300 bg-white p-4">
        <span className="flex flex-wrap items-center gap-2">
          {stance ? <StanceBadge label={stance.label} tone={stance.tone} value={stance.value} /> : null}
          <ReviewMark review={cell.review} carriedFrom={cell.carriedFrom} />
        </span>
        <p>{cell.summary}</p>
        {stance ? <p className="text-sm text-slate-700">What this answer means: {stance.description}</p> : null}
      </div>
      <p className="text-sm text-slate-800" data-testid="reading-version">
        Read from {version.isLatest ? 'the newest version on file' : 'an older version'} of {insurer.name}’s {version.title.toLowerCase()},{' '}
        <a href={versionUrl(insurer.slug, version.archivedOn)} className="text-blue-800 underline underline-offset-2">
          {capturedOn(version.capture, version.archivedOn)}
        </a>
        {version.effectiveOn ? `, stating it is effective ${formatStatedDate(version.effectiveOn)}` : ''}.
        {!version.isLatest && newest ? (
          <>
            {' '}
            <a href={newest.url} className="font-medium text-blue-800 underline underline-offset-2">
              The newest reading ({capturedOn(newest.capture, newest.archivedOn)}) says: {newest.stance.label}
            </a>
          </>
        ) : null}
      </p>
      <PolicyAge archivedOn={version.archivedOn} sourceUrl={version.sourceUrl} insurerName={insurer.name} />
      {version.captureNote ? <p className="rounded border border-slate-400 bg-slate-50 p-2 text-sm">About this captured text: {version.captureNote}</p> : null}
      <h2 className="text-xl font-semibold">What the policy says</h2>
      <CitationQuotes cell={cell} insurerName={insurer.name} />
      <CiteThis
        siteOrigin={siteOrigin()}
        citation={{
          insurer: insurer.name,
          question: topic.question,
          stance: stance?.label ?? cell.stance,
          review: cell.review,
          version: { title: version.title, capture: version.capture, archivedOn: version.archivedOn, effectiveOn: version.effectiveOn, lastModifiedOn: version.lastModifiedOn, snapshotUrl: version.snapshotUrl },
          quotes: cell.citations.map((c) => ({ quote: c.quote, leadIn: c.leadIn, url: c.url })),
          permalink: cell.permalink,
        }}
      />
      {readings.length > 1 ? (
        <section aria-labelledby="readings-heading">
          <h2 id="readings-heading" className="text-lg font-semibold">
            {topic.name} in every version of {insurer.name}’s policy
          </h2>
          <ol className="mt-2 flex flex-col gap-1.5 text-sm">
            {readings.map((r) => (
              <li key={r.archivedOn} className="flex flex-wrap items-center gap-2">
                {r.archivedOn === version.archivedOn ? (
                  <span aria-current="page" className="font-semibold">
                    {capturedOn(r.capture, r.archivedOn)} (this reading)
                  </span>
                ) : (
                  <a href={r.url} className="text-blue-800 underline underline-offset-2">
                    Reading of the version {capturedOn(r.capture, r.archivedOn)}
                  </a>
                )}
                <StanceBadge label={r.stance.label} tone={r.stance.tone} value={r.stance.value} />
                <ReviewMark review={r.review} />
              </li>
            ))}
          </ol>
          <p className="mt-2 text-sm">
            <a href={historyUrl(insurer.slug)} className="text-blue-800 underline underline-offset-2">
              {insurer.name}’s policy history: what changed between versions
            </a>
          </p>
        </section>
      ) : null}
      {pinned ? null : (
        <p className="text-sm text-slate-700">
          This address always shows the newest reading. To cite this reading, use the citation above: its links name the version.
        </p>
      )}
    </article>
  );
}
