import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ChangesView, filteredChangesMetadata } from '@/components/changes-view';
import { filterChangeGroups, singleChoiceFilter } from '@/lib/history/changes';
import { getChangeGroups } from '@/lib/queries/history';
import { getInsurers, getTopics } from '@/lib/queries/matrix';

/**
 * /changes filtered by at most one question, one insurer and one direction (proxy.ts rewrites
 * /changes?topics=&insurers=&direction= here): each such view is rendered on its first request and
 * kept in Next's bounded in-memory cache (next.config.ts: isrFlushToDisk off), so the corpus bounds
 * what is kept and a stranger's input never is (unknown segments are 404 before rendering).
 */
export const dynamicParams = true;
export const revalidate = false;

export function generateStaticParams(): { topic: string; insurer: string; direction: string }[] {
  return [];
}

type Props = { params: Promise<{ topic: string; insurer: string; direction: string }> };

async function load(params: Props['params']) {
  const [groups, { topics }, insurers] = await Promise.all([getChangeGroups(), getTopics(), getInsurers()]);
  const filter = singleChoiceFilter(await params, { topics: new Set(topics.map((t) => t.slug)), insurers: new Set(insurers.map((i) => i.slug)) });
  if (!filter) notFound();
  return { groups: filterChangeGroups(groups, filter), filter, topics, insurers };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { filter } = await load(params);
  return filteredChangesMetadata(filter);
}

export default async function SingleChoiceChangesPage({ params }: Props) {
  const { groups, filter, topics, insurers } = await load(params);
  return <ChangesView groups={groups} filter={filter} topics={topics} insurers={insurers} />;
}
