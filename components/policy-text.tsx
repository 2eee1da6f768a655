import type { ClauseDTO, PolicyDTO } from '@/lib/dto';
import { formatStatedDate } from '@/lib/format';
import { clauseUrl, versionPracticeUrl } from '@/lib/urls';
import { ClauseText } from './clause-text';
import { CopyLinkButton } from './copy-link-button';

function ClauseTools({ policy, clause, unpinned }: { policy: PolicyDTO; clause: ClauseDTO; unpinned: boolean }) {
  const { insurer } = policy;
  return (
    <span className="mt-1 flex flex-wrap items-center gap-2">
      <a href={`#${clause.key}`} className="inline-flex h-6 min-w-6 items-center justify-center text-xs text-slate-700 underline underline-offset-2">
        ¶<span className="sr-only"> Link to this paragraph</span>
      </a>
      <CopyLinkButton path={clauseUrl(insurer.slug, clause.key, policy.archivedOn)} label="this paragraph of this version" />
      {clause.topics.map((t) => (
        <a key={t.slug} href={versionPracticeUrl(insurer.slug, policy.archivedOn, t.slug)} className="inline-flex min-h-6 items-center rounded-full border border-blue-700 bg-blue-50 px-2 py-0.5 text-xs font-medium text-blue-900">
          Cited for: {t.name}
        </a>
      ))}
      {clause.duplicateOfKey ? (
        <span className="text-xs text-slate-700">
          Repeated word for word in the source;{' '}
          <a className="underline" href={`#${clause.duplicateOfKey}`}>
            see the first occurrence
          </a>
          .
        </span>
      ) : null}
      {unpinned && clause.earlierWordingOn ? (
        <span className="earlier-wording text-xs">
          A link to this paragraph made before this version opened other words:{' '}
          <a className="underline" href={clauseUrl(insurer.slug, clause.key, clause.earlierWordingOn)}>
            the wording of {formatStatedDate(clause.earlierWordingOn)}
          </a>
        </span>
      ) : null}
    </span>
  );
}

/** Groups consecutive list items so they render as real lists. */
function blocks(clauses: ClauseDTO[]): (ClauseDTO | ClauseDTO[])[] {
  const out: (ClauseDTO | ClauseDTO[])[] = [];
  for (const c of clauses) {
    const last = out[out.length - 1];
    if (c.kind === 'list-item' && Array.isArray(last)) last.push(c);
    else out.push(c.kind === 'list-item' ? [c] : c);
  }
  return out;
}

/**
 * A version's full text, section by section, every clause with its anchor. `unpinned` is the newest
 * version at the insurer's own address, where an old link may name a clause key that now holds other
 * words: such clauses say so and link to the earlier wording.
 */
export function PolicyText({ policy, unpinned }: { policy: PolicyDTO; unpinned: boolean }) {
  return (
    <div className="flex flex-col gap-6">
      {policy.sections.map((s) => (
        <section key={s.key} id={`section-${s.key}`} aria-labelledby={`heading-${s.key}`} className="policy-section scroll-mt-24">
          <h3 id={`heading-${s.key}`} className="text-lg font-semibold">
            {s.heading}
          </h3>
          <div className="mt-2 flex flex-col gap-3">
            {blocks(s.clauses).map((b) =>
              Array.isArray(b) ? (
                <ul key={b[0]!.key} className="flex list-disc flex-col gap-2 pl-6">
                  {b.map((c) => (
                    <li key={c.key} id={c.key} tabIndex={-1} className={`clause scroll-mt-24 ${c.depth > 0 ? 'ml-6' : ''}`}>
                      <ClauseText text={c.text} links={c.links} />
                      <ClauseTools policy={policy} clause={c} unpinned={unpinned} />
                    </li>
                  ))}
                </ul>
              ) : (
                <div key={b.key} id={b.key} tabIndex={-1} className={`clause scroll-mt-24 ${b.duplicateOfKey ? 'border-l-4 border-slate-300 pl-3 text-slate-700' : ''}`}>
                  <p className="leading-relaxed">
                    <ClauseText text={b.text} links={b.links} />
                  </p>
                  <ClauseTools policy={policy} clause={b} unpinned={unpinned} />
                </div>
              ),
            )}
          </div>
        </section>
      ))}
    </div>
  );
}
