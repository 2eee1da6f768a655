import type { Metadata } from 'next';
import { ChangeGroups } from '@/components/change-groups';
import { FilterSelect } from '@/components/filter-select';
import { canonicalAlternate } from '@/lib/http';
import type { ChangeGroupDTO, InsurerDTO, TopicDTO } from '@/lib/dto';
import { DIRECTION_LABEL, DIRECTIONS } from '@/lib/history/changes';
import { changesFeedUrl, changesUrl, type ChangesFilter } from '@/lib/urls';

/** A filtered changes page's metadata: its canonical address and the feed of the same topics and insurers. */
export function filteredChangesMetadata(filter: Required<ChangesFilter>): Metadata {
  return {
    title: 'What changed',
    description: 'Changes of answer in insurers’ privacy policies matching a filter, per pair of versions, newest first.',
    alternates: { ...canonicalAlternate(changesUrl(filter)), types: { 'application/atom+xml': changesFeedUrl({ topics: filter.topics, insurers: filter.insurers }) } },
  };
}

/**
 * The changes page, filtered or not: a plain GET form (works without JavaScript) over topic, insurer
 * and direction, the entries grouped per version pair, and the Atom feed of the same topics and
 * insurers.
 */
export function ChangesView({ groups, filter, topics, insurers }: { groups: ChangeGroupDTO[]; filter: Required<ChangesFilter>; topics: TopicDTO[]; insurers: InsurerDTO[] }) {
  const count = groups.reduce((n, g) => n + g.changes.length, 0);
  const filtered = filter.topics.length + filter.insurers.length > 0 || filter.direction !== null;
  const feedFilter = { topics: filter.topics, insurers: filter.insurers };
  return (
    <article className="mx-auto flex max-w-5xl flex-col gap-4">
      <header>
        <h1 className="text-2xl font-bold">What changed</h1>
        <p className="mt-1 text-slate-800">
          Each entry is a pair of consecutive versions of an insurer’s policy: the questions whose answer changed between them, which way, and the
          quotes before and after, newest first.
        </p>
      </header>
      <form method="get" action={changesUrl()} aria-label="Filter the changes" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-300 bg-slate-50 p-3">
        <FilterSelect label="Question" name="topics" anyLabel="Any question" value={filter.topics.length === 1 ? filter.topics[0]! : ''} options={topics.map((t) => ({ value: t.slug, label: t.name }))} />
        <FilterSelect label="Insurer" name="insurers" anyLabel="Any insurer" value={filter.insurers.length === 1 ? filter.insurers[0]! : ''} options={insurers.map((i) => ({ value: i.slug, label: i.name }))} className="max-w-72" />
        <FilterSelect
          label="Direction"
          name="direction"
          anyLabel="Any direction"
          value={filter.direction ?? ''}
          options={DIRECTIONS.map((d) => ({ value: d, label: DIRECTION_LABEL[d].replace(/^./, (c) => c.toUpperCase()) }))}
          className="w-full"
        />
        <button type="submit" className="rounded-md border border-blue-800 bg-blue-800 px-4 py-1.5 text-sm font-semibold text-white">
          Show changes
        </button>
        {filtered ? (
          <a href={changesUrl()} className="py-1.5 text-sm text-blue-800 underline underline-offset-2">
            Show all changes
          </a>
        ) : null}
      </form>
      <p role="status" className="text-sm text-slate-800">
        {count} change{count === 1 ? '' : 's'} of answer in {groups.length} version pair{groups.length === 1 ? '' : 's'}
        {filtered ? ' match this filter' : ' on file'}.{' '}
        <a href={changesFeedUrl(feedFilter)} className="text-blue-800 underline underline-offset-2">
          Subscribe to {filter.topics.length || filter.insurers.length ? 'these changes' : 'all changes'} (Atom feed)
        </a>
      </p>
      {groups.length === 0 ? <p>No change of answer matches.</p> : <ChangeGroups groups={groups} showInsurer headingLevel={2} quotes={false} />}
    </article>
  );
}
