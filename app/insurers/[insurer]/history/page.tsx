import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { StanceChangeList } from '@/components/stance-change-list';
import { VersionComparison } from '@/components/version-comparison';
import { parseDay } from '@/lib/dates';
import { capturedOn, formatStatedDate } from '@/lib/format';
import { compareVersions, getHistory } from '@/lib/queries/history';
import { historyUrl, insurerUrl } from '@/lib/urls';

// Reads ?from=&to=, so it renders per request; unknown insurers are a 404 that leaves nothing stored.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ insurer: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const history = await getHistory((await params).insurer);
  if (!history) return { title: 'Insurer not found' };
  return {
    title: `${history.insurer.name}: policy history`,
    description: `Every archived version of ${history.insurer.name}’s privacy policy, what changed between them, and a clause-by-clause comparison.`,
  };
}

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined);

/** An insurer's versions on a timeline, where each topic's stance changed, and a two-version comparison. */
export default async function HistoryPage({ params, searchParams }: Props) {
  const history = await getHistory((await params).insurer);
  if (!history) notFound();
  const query = await searchParams;
  const dates = history.versions.map((v) => v.archivedOn);
  const known = (d: string | null) => (d && dates.includes(d) ? d : null);
  // Unknown or malformed days are ignored like other filters: the default pair is the two newest versions.
  const to = known(parseDay(one(query.to))) ?? dates[dates.length - 1]!;
  const from = known(parseDay(one(query.from))) ?? dates[Math.max(0, dates.indexOf(to) - 1)]!;
  const comparison = dates.length > 1 ? await compareVersions(history.insurer.slug, from, to) : null;
  const versionOf = (d: string) => history.versions.find((v) => v.archivedOn === d)!;
  return (
    <article className="mx-auto flex max-w-5xl flex-col gap-8">
      <header>
        <p className="text-sm">
          <a href={insurerUrl(history.insurer.slug)} className="text-blue-800 underline underline-offset-2">
            {history.insurer.name}
          </a>
        </p>
        <h1 className="text-2xl font-bold">{history.insurer.name}: policy history</h1>
        <p className="mt-1 text-slate-800">
          {history.versions.length === 1
            ? 'One version of this policy is on file.'
            : `${history.versions.length} versions on file, from ${formatStatedDate(dates[0]!)} to ${formatStatedDate(dates[dates.length - 1]!)}.`}
        </p>
      </header>

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading" className="text-xl font-semibold">
          Timeline
        </h2>
        <ol className="timeline mt-3">
          {history.versions.map((v) => (
            <li key={v.archivedOn} className="timeline-item">
              <p className="font-semibold">
                <a href={v.url} className="text-blue-900 underline underline-offset-2">
                  <time dateTime={v.archivedOn}>{formatStatedDate(v.archivedOn)}</time>
                </a>
                {v.isLatest ? <span className="ml-2 text-sm font-normal">(newest)</span> : null}
              </p>
              <p className="text-sm text-slate-800">
                {v.title} · {capturedOn(v.capture, v.archivedOn)}
                {v.lastModifiedOn ? ` · states last modified ${formatStatedDate(v.lastModifiedOn)}` : ''}
                {v.effectiveOn ? ` · states effective ${formatStatedDate(v.effectiveOn)}` : ''}
              </p>
              {v.archivedOn !== dates[0] ? (
                <p className="text-sm">{v.changedTopics === 0 ? 'No topic changed its stance.' : `${v.changedTopics} topic${v.changedTopics === 1 ? '' : 's'} changed stance.`}</p>
              ) : null}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="changes-heading">
        <h2 id="changes-heading" className="text-xl font-semibold">
          What changed, topic by topic
        </h2>
        {history.changes.length === 0 ? (
          <p className="mt-2 text-slate-800">
            {history.versions.length === 1 ? 'With one version there is nothing to compare yet.' : 'No topic’s stance changed between consecutive versions.'}
          </p>
        ) : (
          <StanceChangeList changes={history.changes} showInsurer={false} />
        )}
      </section>

      {dates.length > 1 ? (
        <section aria-labelledby="comparison-heading" id="comparison">
          <h2 id="comparison-heading" className="text-xl font-semibold">
            Compare two versions clause by clause
          </h2>
          <form method="get" action={historyUrl(history.insurer.slug)} className="mt-2 flex flex-wrap items-end gap-3 rounded-lg border border-slate-300 bg-slate-50 p-3">
            <VersionSelect label="From (older)" name="from" dates={dates} value={from} />
            <VersionSelect label="To (newer)" name="to" dates={dates} value={to} />
            <button type="submit" className="rounded-md border border-blue-700 bg-white px-3 py-1 text-sm font-medium text-blue-900">
              Compare
            </button>
          </form>
          {comparison ? <VersionComparison comparison={comparison} insurer={history.insurer.slug} from={versionOf(from)} to={versionOf(to)} /> : null}
        </section>
      ) : null}
    </article>
  );
}

function VersionSelect({ label, name, dates, value }: { label: string; name: string; dates: string[]; value: string | undefined }) {
  return (
    <label className="flex flex-col text-sm">
      {label}
      <select name={name} defaultValue={value} className="rounded-md border border-slate-400 bg-white px-2 py-1">
        {dates.map((d) => (
          <option key={d} value={d}>
            {formatStatedDate(d)}
          </option>
        ))}
      </select>
    </label>
  );
}
