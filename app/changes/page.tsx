import type { Metadata } from 'next';
import { ChangesView } from '@/components/changes-view';
import { getChangeGroups } from '@/lib/queries/history';
import { getInsurers, getTopics } from '@/lib/queries/matrix';
import { changesFeedUrl } from '@/lib/urls';

export const metadata: Metadata = {
  title: 'What changed',
  description: 'Every change of answer across insurers’ privacy policies, per pair of versions, newest first, with the quotes before and after.',
  alternates: { types: { 'application/atom+xml': changesFeedUrl() } },
};

/**
 * Every change, prerendered; a filtered view (?topics=, ?insurers=, ?direction=) is rendered per
 * request by ./filtered (proxy.ts sends it there), from the same groups computed once per process.
 */
export default async function ChangesPage() {
  const [groups, { topics }, insurers] = await Promise.all([getChangeGroups(), getTopics(), getInsurers()]);
  return <ChangesView groups={groups} filter={{ topics: [], insurers: [], direction: null }} topics={topics} insurers={insurers} />;
}
