import type { Metadata } from 'next';
import { canonicalAlternate } from '@/lib/http';
import { notFound } from 'next/navigation';
import { VersionComparison } from '@/components/version-comparison';
import { capturedOn, formatStatedDate } from '@/lib/format';
import { compareVersions, getHistory } from '@/lib/queries/history';
import { getComparePairParams } from '@/lib/queries/params';
import { compareApiUrl, compareUrl, historyUrl, insurerUrl } from '@/lib/urls';

/**
 * Two versions side by side. Its public address is /insurers/<insurer>/compare?from=&to=; proxy.ts
 * puts the dates in order (or picks a neighbour) and rewrites here, so every pair the corpus defines is
 * one prerendered page and no stranger's query is stored.
 */
export const dynamicParams = true;
export const revalidate = false;

export function generateStaticParams() {
  return getComparePairParams();
}

type Props = { params: Promise<{ insurer: string; from: string; to: string }> };

async function load(params: Props['params']) {
  const { insurer, from, to } = await params;
  const history = await getHistory(insurer);
  const versionOf = (d: string) => history?.versions.find((v) => v.archivedOn === d);
  const a = versionOf(from);
  const b = versionOf(to);
  if (!history || !a || !b || from > to) return null;
  const comparison = from === to ? null : await compareVersions(insurer, from, to);
  return { history, from: a, to: b, comparison };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await load(params);
  if (!data) return { title: 'Not found' };
  const { history, from, to } = data;
  return {
    title: `${history.insurer.name}: ${formatStatedDate(from.archivedOn)} and ${formatStatedDate(to.archivedOn)} compared`,
    description: `Two versions of ${history.insurer.name}’s privacy policy side by side, clause by clause, with the changed words marked.`,
    alternates: canonicalAlternate(compareUrl(history.insurer.slug, { from: from.archivedOn, to: to.archivedOn })),
  };
}

export default async function ComparePage({ params }: Props) {
  const data = await load(params);
  if (!data) notFound();
  const { history, from, to, comparison } = data;
  const slug = history.insurer.slug;
  const dates = history.versions.map((v) => v.archivedOn);
  return (
    <article className="mx-auto flex max-w-6xl flex-col gap-4">
      <p className="text-sm">
        <a href={insurerUrl(slug)} className="text-blue-800 underline underline-offset-2">
          {history.insurer.name}
        </a>{' '}
        ·{' '}
        <a href={historyUrl(slug)} className="text-blue-800 underline underline-offset-2">
          Policy history
        </a>
      </p>
      <h1 className="text-2xl font-bold">
        {history.insurer.name}: two versions compared
        <span className="block text-base font-normal text-slate-800">
          The version {capturedOn(from.capture, from.archivedOn)} and the version {capturedOn(to.capture, to.archivedOn)}
        </span>
      </h1>
      {dates.length > 1 ? (
        <form method="get" action={compareUrl(slug)} className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-300 bg-slate-50 p-3">
          <VersionSelect label="Older version" name="from" dates={dates} value={from.archivedOn} />
          <VersionSelect label="Newer version" name="to" dates={dates} value={to.archivedOn} />
          <button type="submit" className="rounded-md border border-blue-700 bg-white px-3 py-1 text-sm font-medium text-blue-900">
            Compare
          </button>
          <a href={compareApiUrl(slug, { from: from.archivedOn, to: to.archivedOn })} className="py-1 text-sm text-blue-800 underline underline-offset-2">
            This comparison as JSON
          </a>
        </form>
      ) : null}
      {comparison ? (
        <VersionComparison comparison={comparison} insurer={slug} from={from} to={to} />
      ) : (
        <p>Only one version of {history.insurer.name}’s policy is on file, so there is nothing to compare it with yet.</p>
      )}
    </article>
  );
}

function VersionSelect({ label, name, dates, value }: { label: string; name: string; dates: string[]; value: string }) {
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
