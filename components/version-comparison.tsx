import type { VersionRefDTO } from '@/lib/dto';
import { formatStatedDate } from '@/lib/format';
import type { ClauseChange, ClauseRef, Comparison } from '@/lib/history/compare';
import { clauseUrl } from '@/lib/urls';

function ClauseLink({ insurer, clause, version }: { insurer: string; clause: ClauseRef; version: VersionRefDTO }) {
  return (
    <a href={clauseUrl(insurer, clause.key, version.isLatest ? null : version.archivedOn)} className="target-link text-xs">
      {clause.key} ({formatStatedDate(version.archivedOn)})
    </a>
  );
}

/** Consecutive unchanged clauses fold into one line that can be opened. */
function group(changes: ClauseChange[]): (ClauseChange | ClauseChange[])[] {
  const out: (ClauseChange | ClauseChange[])[] = [];
  for (const c of changes) {
    const last = out[out.length - 1];
    if (c.kind === 'unchanged' && Array.isArray(last)) last.push(c);
    else out.push(c.kind === 'unchanged' ? [c] : c);
  }
  return out;
}

/**
 * A clause-level comparison: added, removed and changed clauses, with changed words marked by <ins> and
 * <del> (underline and strike-through, and the words "added"/"removed" for screen readers).
 */
export function VersionComparison({ comparison, insurer, from, to }: { comparison: Comparison; insurer: string; from: VersionRefDTO; to: VersionRefDTO }) {
  const { counts } = comparison;
  if (from.archivedOn === to.archivedOn) return <p className="mt-3">Choose two different versions to compare.</p>;
  return (
    <div className="mt-4 flex flex-col gap-3">
      <p role="status" className="text-sm">
        From {formatStatedDate(from.archivedOn)} to {formatStatedDate(to.archivedOn)}: {counts.changed} changed, {counts.added} added, {counts.removed} removed,{' '}
        {counts.unchanged} unchanged clauses.
      </p>
      <ol className="flex flex-col gap-3">
        {group(comparison.changes).map((c) => {
          if (Array.isArray(c)) {
            return (
              <li key={`same-${c[0]!.kind === 'unchanged' ? c[0]!.to.key : ''}`}>
                <details className="rounded border border-slate-200 bg-slate-50 px-3 py-1 text-sm">
                  <summary className="cursor-pointer">
                    {c.length} unchanged clause{c.length === 1 ? '' : 's'}
                  </summary>
                  <ul className="mt-1 flex flex-col gap-1 text-slate-800">
                    {c.map((u) => (u.kind === 'unchanged' ? <li key={u.to.key}>{u.to.text}</li> : null))}
                  </ul>
                </details>
              </li>
            );
          }
          if (c.kind === 'changed') {
            return (
              <li key={`chg-${c.from.key}-${c.to.key}`} className="diff-item diff-changed">
                <p className="text-xs font-semibold uppercase tracking-wide">
                  Changed · {c.to.section} · <ClauseLink insurer={insurer} clause={c.from} version={from} /> → <ClauseLink insurer={insurer} clause={c.to} version={to} />
                </p>
                <p className="mt-1">
                  {c.words.map((w, i) =>
                    w.op === 'added' ? (
                      <ins key={i}>
                        <span className="sr-only">[added: </span>
                        {w.text}
                        <span className="sr-only">]</span>
                      </ins>
                    ) : w.op === 'removed' ? (
                      <del key={i}>
                        <span className="sr-only">[removed: </span>
                        {w.text}
                        <span className="sr-only">]</span>
                      </del>
                    ) : (
                      <span key={i}>{w.text}</span>
                    ),
                  )}
                </p>
              </li>
            );
          }
          if (c.kind === 'added') {
            return (
              <li key={`add-${c.to.key}`} className="diff-item diff-added">
                <p className="text-xs font-semibold uppercase tracking-wide">
                  Added · {c.to.section} · <ClauseLink insurer={insurer} clause={c.to} version={to} />
                </p>
                <p className="mt-1">
                  <ins>{c.to.text}</ins>
                </p>
              </li>
            );
          }
          return (
            <li key={`del-${c.kind === 'removed' ? c.from.key : ''}`} className="diff-item diff-removed">
              {c.kind === 'removed' ? (
                <>
                  <p className="text-xs font-semibold uppercase tracking-wide">
                    Removed · {c.from.section} · <ClauseLink insurer={insurer} clause={c.from} version={from} />
                  </p>
                  <p className="mt-1">
                    <del>{c.from.text}</del>
                  </p>
                </>
              ) : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
