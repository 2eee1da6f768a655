import { ClauseTarget } from '@/components/clause-target';
import { CopyLinks } from '@/components/copy-links';
import { PolicyAge } from '@/components/policy-age';
import { PolicyText } from '@/components/policy-text';
import { ReviewMark } from '@/components/review-mark';
import { SourceDetails } from '@/components/source-details';
import { StanceBadge } from '@/components/stance-badge';
import { ToneTally } from '@/components/tone-tally';
import { VersionNav } from '@/components/version-nav';
import type { PolicyDTO, TopicDTO } from '@/lib/dto';
import { formatStatedDate } from '@/lib/format';
import { toneTally } from '@/lib/tally';
import { historyUrl, insurerUrl, topicUrl, versionPracticeUrl } from '@/lib/urls';

/** A text with this many sections gets a table of contents before it. */
const CONTENTS_FROM_SECTIONS = 6;

/**
 * One version of an insurer's policy: its sources and versions, its reading per topic, its full text.
 * `unpinned`: the newest version at /insurers/<insurer>, where clauses whose key held other words in
 * the previous version say so.
 */
export function PolicyVersionView({ policy, topics, unpinned }: { policy: PolicyDTO; topics: TopicDTO[]; unpinned: boolean }) {
  const older = !policy.isLatest;
  const clauses = policy.sections.reduce((n, s) => n + s.clauses.length, 0);
  return (
    <article className="mx-auto flex max-w-4xl flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">
          {policy.insurer.name}
          {older ? <span className="block text-lg font-semibold text-slate-800">Policy as captured {formatStatedDate(policy.archivedOn)}</span> : null}
        </h1>
        <p className="text-slate-800">{policy.title}</p>
        {policy.parent ? (
          <p className="text-sm">
            A separate website of {policy.parent.name}, with its own privacy policy:{' '}
            <a href={insurerUrl(policy.parent.slug)} className="text-blue-800 underline underline-offset-2">
              {policy.parent.name}’s website policy
            </a>
          </p>
        ) : null}
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <span className="font-medium">Its {policy.practices.length} answers:</span>
          <ToneTally tally={toneTally(policy.practices, topics)} />
        </p>
        <PolicyAge archivedOn={policy.archivedOn} sourceUrl={policy.sourceUrl} insurerName={policy.insurer.name} />
        {policy.captureNote ? <p className="rounded border border-slate-400 bg-slate-50 p-2 text-sm">About this captured text: {policy.captureNote}</p> : null}
      </header>
      <VersionNav policy={policy} />
      <SourceDetails policy={policy} />
      <ClauseTarget policyName={`${policy.insurer.name}’s policy${older ? ` as captured ${formatStatedDate(policy.archivedOn)}` : ''}`} historyHref={historyUrl(policy.insurer.slug)} />
      <section aria-labelledby="glance-heading">
        <h2 id="glance-heading" className="text-xl font-semibold">
          At a glance
        </h2>
        <p className="text-sm text-slate-700">What this version says on each question. Marked answers are not yet a person’s reading of this text.</p>
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
                  <span className="flex flex-wrap gap-x-3 text-sm">
                    {cell?.citations.map((c, i) => (
                      <a key={`${c.clauseKey}-${i}`} href={`#${c.clauseKey}`} className="target-link">
                        Quoted paragraph{cell.citations.length > 1 ? ` ${i + 1}` : ''} (“{c.section}”)<span className="sr-only"> for {t.name}</span>
                      </a>
                    ))}
                    <a href={versionPracticeUrl(policy.insurer.slug, policy.archivedOn, t.slug)} className="target-link">
                      Quotes and citation<span className="sr-only">: {policy.insurer.name} on {t.name}</span>
                    </a>
                  </span>
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
          As captured: {policy.sections.length} sections, {clauses} paragraphs; page furniture, layout debris and the archive’s provenance note are left out. Each
          paragraph has its own link.
        </p>
        {policy.sections.length >= CONTENTS_FROM_SECTIONS ? (
          <nav aria-labelledby="contents-heading" className="mb-6 rounded-lg border border-slate-300 bg-white p-3 text-sm">
            <h3 id="contents-heading" className="font-semibold">
              Contents
            </h3>
            <ol className="mt-1 columns-1 gap-6 sm:columns-2">
              {policy.sections.map((s) => (
                <li key={s.key} className="break-inside-avoid">
                  <a href={`#section-${s.key}`} className="target-link">
                    {s.heading}
                  </a>{' '}
                  <span className="text-slate-600">({s.clauses.length})</span>
                </li>
              ))}
            </ol>
          </nav>
        ) : null}
        <PolicyText policy={policy} unpinned={unpinned} />
        <CopyLinks />
      </section>
    </article>
  );
}
