import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ClauseTarget } from '@/components/clause-target';
import { PolicyText } from '@/components/policy-text';
import { SourceDetails } from '@/components/source-details';
import { StanceBadge } from '@/components/stance-badge';
import { getInsurers, getTopics } from '@/lib/queries/matrix';
import { getPolicy } from '@/lib/queries/policy';
import { practiceUrl, topicUrl } from '@/lib/urls';

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getInsurers()).map((i) => ({ insurer: i.slug }));
}

type Props = { params: Promise<{ insurer: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const policy = await getPolicy((await params).insurer);
  if (!policy) return { title: 'Insurer not found' };
  return {
    title: `${policy.insurer.name} privacy policy`,
    description: `The full text of ${policy.insurer.name}’s ${policy.title.toLowerCase()}, clause by clause, with what it says on ${policy.practices.length} privacy questions.`,
  };
}

export default async function InsurerPage({ params }: Props) {
  const policy = await getPolicy((await params).insurer);
  if (!policy) notFound();
  const { topics } = await getTopics();
  return (
    <article className="mx-auto flex max-w-4xl flex-col gap-6">
      <header>
        <h1 className="text-2xl font-bold">{policy.insurer.name}</h1>
        <p className="text-slate-800">{policy.title}</p>
      </header>
      <SourceDetails policy={policy} />
      <ClauseTarget policyName={`${policy.insurer.name}’s policy`} />
      <section aria-labelledby="glance-heading">
        <h2 id="glance-heading" className="text-xl font-semibold">
          At a glance
        </h2>
        <ul className="mt-2 flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-300 bg-white">
          {topics.map((t) => {
            const cell = policy.practices.find((p) => p.topic === t.slug);
            const stance = t.stances.find((s) => s.value === cell?.stance);
            return (
              <li key={t.slug} className="flex flex-col gap-1 p-3 sm:flex-row sm:items-start sm:gap-4">
                <a href={topicUrl(t.slug)} className="w-48 shrink-0 font-medium text-blue-900 underline underline-offset-2">
                  {t.name}
                </a>
                <div className="flex flex-col items-start gap-1">
                  {stance ? <StanceBadge label={stance.label} tone={stance.tone} value={stance.value} /> : null}
                  <span className="text-sm">{cell?.summary}</span>
                  <a href={practiceUrl(policy.insurer.slug, t.slug)} className="text-sm text-blue-800 underline underline-offset-2">
                    Quotes and permalink<span className="sr-only"> for {t.name}</span>
                  </a>
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
          As captured; page furniture and the archive’s provenance note are left out. Each clause has its own link.
        </p>
        <PolicyText policy={policy} />
      </section>
    </article>
  );
}
