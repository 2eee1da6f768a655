import { ChangeGroups } from '@/components/change-groups';
import type { ChangeGroupDTO, InsurerDTO, TopicDTO } from '@/lib/dto';
import { DIRECTION_LABEL, DIRECTIONS } from '@/lib/history/changes';
import { changesFeedUrl, changesUrl, type ChangesFilter } from '@/lib/urls';

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
        <label className="flex flex-col text-sm font-medium">
          Question
          <select name="topics" defaultValue={filter.topics.length === 1 ? filter.topics[0] : ''} className="mt-1 rounded-md border border-slate-400 bg-white px-2 py-1 font-normal">
            <option value="">Any question</option>
            {topics.map((t) => (
              <option key={t.slug} value={t.slug}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-sm font-medium">
          Insurer
          <select name="insurers" defaultValue={filter.insurers.length === 1 ? filter.insurers[0] : ''} className="mt-1 max-w-72 rounded-md border border-slate-400 bg-white px-2 py-1 font-normal">
            <option value="">Any insurer</option>
            {insurers.map((i) => (
              <option key={i.slug} value={i.slug}>
                {i.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex min-w-0 max-w-full flex-col text-sm font-medium">
          Direction
          <select name="direction" defaultValue={filter.direction ?? ''} className="mt-1 w-full max-w-full rounded-md border border-slate-400 bg-white px-2 py-1 font-normal">
            <option value="">Any direction</option>
            {DIRECTIONS.map((d) => (
              <option key={d} value={d}>
                {DIRECTION_LABEL[d].replace(/^./, (c) => c.toUpperCase())}
              </option>
            ))}
          </select>
        </label>
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
