import { ClauseTarget } from '@/components/clause-target';
import { PolicyText } from '@/components/policy-text';
import { ReviewMark } from '@/components/review-mark';
import { SourceDetails } from '@/components/source-details';
import { StanceBadge } from '@/components/stance-badge';
import { VersionNav } from '@/components/version-nav';
import type { PolicyDTO, TopicDTO } from '@/lib/dto';
import { formatStatedDate } from '@/lib/format';
import { practiceUrl, topicUrl } from '@/lib/urls';

/** One version of an insurer's policy: its sources and versions, its reading per topic, its full text. */
export function PolicyVersionView({ policy, topics }: { policy: PolicyDTO; topics: TopicDTO[] }) {
  const older = !policy.isLatest;
  return (
    <article className="mx-auto flex max-w-4xl flex-col gap-6">
      <header>
        <h1 className="text-2xl font-bold">
          {policy.insurer.name}
          {older ? <span className="block text-lg font-semibold text-slate-800">Policy as archived {formatStatedDate(policy.archivedOn)}</span> : null}
        </h1>
        <p className="text-slate-800">{policy.title}</p>
      </header>
      <VersionNav policy={policy} />
      <SourceDetails policy={policy} />
      <ClauseTarget policyName={`${policy.insurer.name}’s policy${older ? ` as archived ${formatStatedDate(policy.archivedOn)}` : ''}`} />
      <section aria-labelledby="glance-heading">
        <h2 id="glance-heading" className="text-xl font-semibold">
          At a glance
        </h2>
        <p className="text-sm text-slate-700">What this version says on each question. Marked cells are not yet a person’s reading of this text.</p>
        <ul className="mt-2 flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-300 bg-white">
          {topics.map((t) => {
            const cell = policy.practices.find((p) => p.topic === t.slug);
            const stance = t.stances.find((s) => s.value === cell?.stance);
            return (
              <li key={t.slug} id={`topic-${t.slug}`} className="flex scroll-mt-24 flex-col gap-1 p-3 sm:flex-row sm:items-start sm:gap-4">
                <a href={topicUrl(t.slug)} className="w-48 shrink-0 font-medium text-blue-900 underline underline-offset-2">
                  {t.name}
                </a>
                <div className="flex flex-col items-start gap-1">
                  <span className="flex flex-wrap items-center gap-2">
                    {stance ? <StanceBadge label={stance.label} tone={stance.tone} value={stance.value} /> : null}
                    {cell ? <ReviewMark review={cell.review} carriedFrom={cell.carriedFrom} /> : null}
                  </span>
                  <span className="text-sm">{cell?.summary}</span>
                  {cell && cell.citations.length > 0 ? (
                    <span className="flex flex-wrap gap-x-3 text-sm">
                      {cell.citations.map((c, i) => (
                        <a key={`${c.clauseKey}-${i}`} href={c.url} className="target-link">
                          Clause {c.clauseKey}
                          <span className="sr-only"> quoted for {t.name}</span>
                        </a>
                      ))}
                    </span>
                  ) : null}
                  {older ? null : (
                    <a href={practiceUrl(policy.insurer.slug, t.slug)} className="text-sm text-blue-800 underline underline-offset-2">
                      Quotes and permalink<span className="sr-only"> for {t.name}</span>
                    </a>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="text-heading">
        <h2 id="text-heading" className="text-xl font-semibold">
          Full policy text
        </h2>
        <p className="mb-4 text-sm text-slate-700">
          As captured; page furniture, layout debris and the archive’s provenance note are left out. Each clause has its own link.
        </p>
        <PolicyText policy={policy} />
      </section>
    </article>
  );
}
