import type { ChangeSideDTO, StanceChangeDTO } from '@/lib/dto';
import { capturedOn } from '@/lib/format';
import { historyUrl, insurerUrl } from '@/lib/urls';
import { ReviewMark } from './review-mark';
import { StanceBadge } from './stance-badge';

function Side({ side, label }: { side: ChangeSideDTO; label: string }) {
  return (
    <div className="flex flex-col items-start gap-1.5">
      <p className="text-xs font-semibold uppercase tracking-wide text-slate-700">
        {label}:{' '}
        <a href={side.url} className="normal-case text-blue-800 underline underline-offset-2">
          {capturedOn(side.capture, side.archivedOn)}
        </a>
      </p>
      <span className="flex flex-wrap items-center gap-2">
        <StanceBadge label={side.stance.label} tone={side.stance.tone} value={side.stance.value} />
        <ReviewMark review={side.review} />
      </span>
      <p className="text-sm">{side.summary}</p>
      {side.citations.length === 0 ? (
        <p className="text-sm text-slate-700">No clause is quoted: the policy said nothing on this.</p>
      ) : (
        <ul className="flex flex-col gap-1.5">
          {side.citations.map((c, i) => (
            <li key={`${c.clauseKey}-${i}`}>
              <blockquote cite={c.url} className="border-l-4 border-blue-700 bg-white px-2 py-1 text-sm">
                “{c.quote}”
              </blockquote>
              <a href={c.url} className="target-link text-xs">
                Clause {c.clauseKey}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Stance changes between consecutive versions, each with the reading and quotes on both sides. */
export function StanceChangeList({ changes, showInsurer }: { changes: StanceChangeDTO[]; showInsurer: boolean }) {
  return (
    <ol className="mt-3 flex flex-col gap-4">
      {changes.map((c) => (
        <li key={`${c.insurer.slug}-${c.topic.slug}-${c.to.archivedOn}`} data-to={c.to.archivedOn} className="rounded-lg border border-slate-300 bg-white p-4">
          <h3 className="font-semibold">
            {showInsurer ? (
              <>
                <a href={insurerUrl(c.insurer.slug)} className="text-blue-900 underline underline-offset-2">
                  {c.insurer.name}
                </a>
                {' · '}
              </>
            ) : null}
            {c.topic.name}: {c.from.stance.label} → {c.to.stance.label}
          </h3>
          <div className="mt-2 grid gap-4 md:grid-cols-2">
            <Side side={c.from} label="Before" />
            <Side side={c.to} label="After" />
          </div>
          <p className="mt-2 text-sm">
            <a href={historyUrl(c.insurer.slug, { from: c.from.archivedOn, to: c.to.archivedOn })} className="text-blue-800 underline underline-offset-2">
              Compare these two versions clause by clause
              <span className="sr-only"> ({c.insurer.name})</span>
            </a>
          </p>
        </li>
      ))}
    </ol>
  );
}
