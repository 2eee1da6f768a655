import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PolicyVersionView } from '@/components/policy-version-view';
import { getTopics } from '@/lib/queries/matrix';
import { getInsurerParams } from '@/lib/queries/params';
import { getPolicy } from '@/lib/queries/policy';

/** Prerendered for the corpus (lib/queries/params.ts); the proxy keeps unknown insurers from reaching it. */
export const dynamicParams = true;
export const revalidate = false;

export function generateStaticParams() {
  return getInsurerParams();
}

type Props = { params: Promise<{ insurer: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const policy = await getPolicy((await params).insurer, null);
  if (!policy) return { title: 'Insurer not found' };
  return {
    title: `${policy.insurer.name} privacy policy`,
    description: `The full text of ${policy.insurer.name}’s ${policy.title.toLowerCase()}, clause by clause, with what it says on ${policy.practices.length} privacy questions.`,
  };
}

/** The newest version of an insurer's policy; older versions have their own pages. */
export default async function InsurerPage({ params }: Props) {
  const policy = await getPolicy((await params).insurer, null);
  if (!policy) notFound();
  const { topics } = await getTopics();
  return <PolicyVersionView policy={policy} topics={topics} unpinned />;
}
