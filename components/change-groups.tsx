import type { ChangeGroupDTO, ChangeSideDTO, VersionSideDTO } from '@/lib/dto';
import { capturedOn, formatStatedDate } from '@/lib/format';
import { changeNote } from '@/lib/history/changes';
import { insurerUrl } from '@/lib/urls';
import { QuoteBlock } from './quote-block';
import { ReviewMark } from './review-mark';
import { StanceBadge } from './stance-badge';

function statedDates(v: VersionSideDTO): string {
  const dates = [v.effectiveOn ? `effective ${formatStatedDate(v.effectiveOn)}` : null, v.lastModifiedOn ? `last modified ${formatStatedDate(v.lastModifiedOn)}` : null].filter(Boolean);
  return dates.length ? ` (its text states: ${dates.join(', ')})` : '';
}

function Side({ side, label }: { side: ChangeSideDTO; label: string }) {
  return (
    <div className="flex flex-col items-start gap-1.5">
      <p className="text-xs font-semibold uppercase tracking-wide text-slate-700">{label}</p>
      <span className="flex flex-wrap items-center gap-2">
        <StanceBadge label={side.stance.label} tone={side.stance.tone} value={side.stance.value} />
        <ReviewMark review={side.review} />
      </span>
      <p className="text-sm">{side.summary}</p>
      {side.citations.length === 0 ? (
        <p className="text-sm text-slate-700">No clause is quoted: the policy said nothing on this.</p>
      ) : (
        <ul className="flex w-full flex-col gap-1.5">
          {side.citations.map((c, i) => (
            <li key={`${c.clauseKey}-${i}`}>
              <QuoteBlock citation={c} size="sm" />
              <a href={c.url} className="target-link text-xs">
                Read this paragraph in the full text ({capturedOn(side.capture, side.archivedOn)})
              </a>
            </li>
          ))}
        </ul>
      )}
      <a href={side.url} className="target-link text-xs">
        This reading’s own page ({capturedOn(side.capture, side.archivedOn)})
      </a>
    </div>
  );
}

/**
 * Changes between consecutive versions, one entry per version pair (each with its own anchor): the
 * topics whose stance changed, which way, and the quotes before and after (folded), or, where every
 * insurer's changes are listed, links to the two readings that hold them.
 */
export function ChangeGroups({ groups, showInsurer, headingLevel, quotes }: { groups: ChangeGroupDTO[]; showInsurer: boolean; headingLevel: 2 | 3; quotes: boolean }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ol className="flex flex-col gap-4">
      {groups.map((g) => (
        <li key={g.id} id={g.id} className="scroll-mt-24 rounded-lg border border-slate-300 bg-white p-4" data-insurer={g.insurer.slug} data-to={g.to.archivedOn}>
          <Heading className="text-lg font-semibold">
            {showInsurer ? (
              <>
                <a href={insurerUrl(g.insurer.slug)} className="text-blue-900 underline underline-offset-2">
                  {g.insurer.name}
                </a>
                {': '}
              </>
            ) : null}
            between <time dateTime={g.from.archivedOn}>{formatStatedDate(g.from.archivedOn)}</time> and <time dateTime={g.to.archivedOn}>{formatStatedDate(g.to.archivedOn)}</time>
          </Heading>
          <p className="mt-1 text-sm text-slate-800">
            From the version <a href={g.from.url} className="text-blue-800 underline underline-offset-2">{capturedOn(g.from.capture, g.from.archivedOn)}</a>
            {statedDates(g.from)} to the version <a href={g.to.url} className="text-blue-800 underline underline-offset-2">{capturedOn(g.to.capture, g.to.archivedOn)}</a>
            {statedDates(g.to)}.{' '}
            <a href={g.compareUrl} className="font-medium text-blue-800 underline underline-offset-2">
              Compare the two texts side by side<span className="sr-only"> ({g.insurer.name})</span>
            </a>
          </p>
          {g.awaitingReview > 0 ? (
            <p className="mt-2">
              <span className="review-mark review-suggested" data-review="suggested">
                Awaiting review: {g.awaitingReview} of this version’s answers are machine-suggested or flagged
              </span>
            </p>
          ) : null}
          {g.changes.length === 0 ? (
            <p className="mt-2 text-sm text-slate-700">No stance changed{g.awaitingReview > 0 ? ' in what has been read so far' : ''}.</p>
          ) : (
            <ul className="mt-2 flex flex-col divide-y divide-slate-200">
              {g.changes.map((c) => (
                <li key={c.topic.slug} className="change-entry py-2" data-topic={c.topic.slug} data-direction={c.direction}>
                  <p className="flex flex-wrap items-center gap-2 text-sm">
                    <span className="font-semibold">{c.topic.name}:</span>
                    <StanceBadge label={c.from.stance.label} tone={c.from.stance.tone} value={c.from.stance.value} />
                    <span aria-hidden="true">→</span>
                    <span className="sr-only">changed to</span>
                    <StanceBadge label={c.to.stance.label} tone={c.to.stance.tone} value={c.to.stance.value} />
                    <span className="text-slate-700">({changeNote(c.from.stance.tone, c.to.stance.tone)})</span>
                  </p>
                  <p className="mt-1 text-sm">{c.to.summary}</p>
                  {quotes ? (
                    <details className="mt-1">
                      <summary className="cursor-pointer text-sm font-medium text-blue-800">
                        Quotes before and after<span className="sr-only">: {g.insurer.name}, {c.topic.name}</span>
                      </summary>
                      <div className="mt-2 grid gap-4 md:grid-cols-2">
                        <Side side={c.from} label={`Before: ${capturedOn(c.from.capture, c.from.archivedOn)}`} />
                        <Side side={c.to} label={`After: ${capturedOn(c.to.capture, c.to.archivedOn)}`} />
                      </div>
                    </details>
                  ) : (
                    <p className="mt-1 flex flex-wrap gap-x-3 text-sm">
                      <a href={c.from.url} className="target-link">
                        The reading before, with its quotes<span className="sr-only"> ({g.insurer.name}, {c.topic.name}, {capturedOn(c.from.capture, c.from.archivedOn)})</span>
                      </a>
                      <a href={c.to.url} className="target-link">
                        The reading after, with its quotes<span className="sr-only"> ({g.insurer.name}, {c.topic.name}, {capturedOn(c.to.capture, c.to.archivedOn)})</span>
                      </a>
                    </p>
                  )}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
