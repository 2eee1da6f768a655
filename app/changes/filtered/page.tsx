import type { Metadata } from 'next';
import { ChangesView, filteredChangesMetadata } from '@/components/changes-view';
import { slugList } from '@/lib/grid-state';
import { filterChangeGroups, parseChangesFilter } from '@/lib/history/changes';
import { getChangeGroups } from '@/lib/queries/history';
import { getInsurers, getTopics } from '@/lib/queries/matrix';

/** /changes with a filter (proxy.ts rewrites it here): the per-request work is the filter itself. */
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(searchParams: Props['searchParams']) {
  const query = await searchParams;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (typeof v === 'string') params.set(k, v);
  const [groups, { topics }, insurers] = await Promise.all([getChangeGroups(), getTopics(), getInsurers()]);
  const filter = parseChangesFilter(params, { topics, insurers }, slugList);
  return { groups: filterChangeGroups(groups, filter), filter, topics, insurers };
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { filter } = await load(searchParams);
  return filteredChangesMetadata(filter);
}

export default async function FilteredChangesPage({ searchParams }: Props) {
  const { groups, filter, topics, insurers } = await load(searchParams);
  return <ChangesView groups={groups} filter={filter} topics={topics} insurers={insurers} />;
}
