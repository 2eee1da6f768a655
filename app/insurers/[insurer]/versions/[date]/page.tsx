import type { Metadata } from 'next';
import { canonicalAlternate } from '@/lib/http';
import { notFound } from 'next/navigation';
import { PolicyVersionView } from '@/components/policy-version-view';
import { parseDay } from '@/lib/dates';
import { formatStatedDate } from '@/lib/format';
import { getTopics } from '@/lib/queries/matrix';
import { getVersionParams } from '@/lib/queries/params';
import { getPolicy } from '@/lib/queries/policy';
import { insurerUrl } from '@/lib/urls';

/** Prerendered for the corpus; the proxy sends unknown insurers and dates to the not-found page first. */
export const dynamicParams = true;
export const revalidate = false;

export function generateStaticParams() {
  return getVersionParams();
}

type Props = { params: Promise<{ insurer: string; date: string }> };

async function load(params: Props['params']) {
  const { insurer, date } = await params;
  const day = parseDay(date);
  return day ? getPolicy(insurer, day) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const policy = await load(params);
  if (!policy) return { title: 'Version not found' };
  return {
    title: `${policy.insurer.name} privacy policy as captured ${formatStatedDate(policy.archivedOn)}`,
    description: `${policy.insurer.name}’s ${policy.title.toLowerCase()} as captured on ${formatStatedDate(policy.archivedOn)}, clause by clause, with what it says on ${policy.practices.length} privacy questions.`,
    // The newest version's canonical address is the insurer's page.
    ...(policy.isLatest ? { alternates: canonicalAlternate(insurerUrl(policy.insurer.slug)) } : {}),
  };
}

/** Any version of an insurer's policy, at a stable address: /insurers/<insurer>/versions/<archived-date>. */
export default async function PolicyVersionPage({ params }: Props) {
  const policy = await load(params);
  if (!policy) notFound();
  const { topics } = await getTopics();
  return <PolicyVersionView policy={policy} topics={topics} unpinned={false} />;
}
