import { capturedOn } from '@/lib/format';
import type { ClauseChange, ClauseRef, Comparison } from '@/lib/history/compare';
import { clauseUrl } from '@/lib/urls';

export interface ComparedVersion {
  archivedOn: string;
  capture: 'archive' | 'fetched' | 'collected';
}

function Cited({ clause }: { clause: ClauseRef }) {
  if (!clause.topics?.length) return null;
  return (
    <span className="mt-1 flex flex-wrap gap-1">
      {clause.topics.map((t) => (
        <span key={t.slug} className="rounded-full border border-blue-700 bg-blue-50 px-2 py-0.5 text-xs font-medium text-blue-900">
          Cited for: {t.name}
        </span>
      ))}
    </span>
  );
}

function Words({ change, side }: { change: Extract<ClauseChange, { kind: 'changed' }>; side: 'from' | 'to' }) {
  return (
    <>
      {change.words.map((w, i) =>
        w.op === 'same' ? (
          <span key={i}>{w.text}</span>
        ) : w.op === 'added' ? (
          side === 'to' ? (
            <ins key={i}>
              <span className="sr-only">[added: </span>
              {w.text}
              <span className="sr-only">]</span>
            </ins>
          ) : null
        ) : side === 'from' ? (
          <del key={i}>
            <span className="sr-only">[removed: </span>
            {w.text}
            <span className="sr-only">]</span>
          </del>
        ) : null,
      )}
    </>
  );
}

function Cell({ insurer, version, clause, children }: { insurer: string; version: ComparedVersion; clause: ClauseRef; children: React.ReactNode }) {
  return (
    <div className="compare-cell">
      <p className="leading-relaxed">{children}</p>
      <Cited clause={clause} />
      <a href={clauseUrl(insurer, clause.key, version.archivedOn)} className="target-link text-xs">
        In the full text ({capturedOn(version.capture, version.archivedOn)})
      </a>
    </div>
  );
}

const KIND_WORDS: Record<ClauseChange['kind'], string> = { changed: 'Changed', added: 'Added', removed: 'Removed', unchanged: 'Unchanged' };

/**
 * Two versions side by side, clause by clause: each row a clause of the older version and its
 * counterpart in the newer one (paired by similarity, wherever it moved), labelled by its section
 * heading and the topics that cite it; changed words are struck through or underlined, and said in
 * words for screen readers. "Changed only" hides the unchanged rows with CSS, so it works without
 * JavaScript.
 */
export function VersionComparison({ comparison, insurer, from, to }: { comparison: Comparison; insurer: string; from: ComparedVersion; to: ComparedVersion }) {
  const { counts } = comparison;
  return (
    <div className="compare flex flex-col gap-3">
      <p role="status" className="text-sm">
        {counts.changed} changed, {counts.added} added, {counts.removed} removed, {counts.unchanged} unchanged paragraph{counts.unchanged === 1 ? '' : 's'}. Quote
        marks, dashes and spacing alone are not changes.
      </p>
      <label className="filter-chip w-fit">
        <input id="changed-only" type="checkbox" defaultChecked className="h-4 w-4 accent-blue-700" />
        <span>Changed only (hide the {counts.unchanged} unchanged)</span>
      </label>
      <div className="compare-head" aria-hidden="true">
        <span>Older: {capturedOn(from.capture, from.archivedOn)}</span>
        <span>Newer: {capturedOn(to.capture, to.archivedOn)}</span>
      </div>
      <ol className="flex flex-col gap-3">
        {comparison.changes.map((c, i) => {
          const section = c.kind === 'removed' ? c.from.section : c.to.section;
          const moved = (c.kind === 'changed' || c.kind === 'unchanged') && c.from.section !== c.to.section ? ` (was in “${c.from.section}”)` : '';
          return (
            <li key={i} className={`compare-row diff-${c.kind}`} data-kind={c.kind}>
              <p className="compare-label">
                {KIND_WORDS[c.kind]} · {section}
                {moved}
              </p>
              <div className="compare-sides">
                {c.kind === 'added' ? (
                  <p className="compare-cell text-sm text-slate-600">Not in the older version.</p>
                ) : (
                  <Cell insurer={insurer} version={from} clause={c.from}>
                    {c.kind === 'changed' ? <Words change={c} side="from" /> : c.kind === 'removed' ? <del>{c.from.text}</del> : c.from.text}
                  </Cell>
                )}
                {c.kind === 'removed' ? (
                  <p className="compare-cell text-sm text-slate-600">Not in the newer version.</p>
                ) : (
                  <Cell insurer={insurer} version={to} clause={c.to}>
                    {c.kind === 'changed' ? <Words change={c} side="to" /> : c.kind === 'added' ? <ins>{c.to.text}</ins> : c.to.text}
                  </Cell>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
