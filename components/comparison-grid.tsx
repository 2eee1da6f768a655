import { Suspense } from 'react';
import type { GridCellDTO, GridTopicDTO, InsurerAtDTO } from '@/lib/dto';
import { capturedOn, formatStatedDate } from '@/lib/format';
import type { GridView } from '@/lib/grid-state';
import { insurerUrl, practiceUrl, topicUrl } from '@/lib/urls';
import { ReviewMark } from './review-mark';
import { StanceBadge } from './stance-badge';

export type Grid = GridView<InsurerAtDTO, GridTopicDTO & { group: string }, GridCellDTO>;

/** Which version a column reads: its capture day, or that nothing was archived by the chosen day. */
export function VersionLine({ insurer, asOf }: { insurer: InsurerAtDTO; asOf: string | null }) {
  if (!insurer.version) return <span className="block text-xs font-normal text-red-900">No policy archived by {asOf ? formatStatedDate(asOf) : 'then'}</span>;
  const { capture, archivedOn } = insurer.version;
  return <span className="block text-xs font-normal text-slate-700">Policy {capturedOn(capture, archivedOn)}</span>;
}

function CellBody({ cell, topic, insurer, asOf }: { cell: GridCellDTO | undefined; topic: GridTopicDTO; insurer: InsurerAtDTO; asOf: string | null }) {
  if (!insurer.version) return <span className="text-sm text-slate-700">No policy on file as of {asOf ? formatStatedDate(asOf) : 'then'}</span>;
  if (!cell) return <span className="text-sm text-slate-700">Not loaded</span>;
  const stance = topic.stances.find((s) => s.value === cell.stance);
  return (
    <div className="flex flex-col items-start gap-1.5">
      {stance ? <StanceBadge label={stance.label} tone={stance.tone} value={stance.value} /> : null}
      <ReviewMark review={cell.review} />
      <p className="text-sm leading-snug text-slate-800">{cell.summary}</p>
      <CellLinks clauseUrl={cell.clauseUrl} insurer={insurer} topic={topic} permalinkText="Details" />
    </div>
  );
}

/** A cell's way out: the clause it rests on, and (newest versions only) its permalink page. */
export function CellLinks({ clauseUrl, insurer, topic, permalinkText }: { clauseUrl: string | null | undefined; insurer: InsurerAtDTO; topic: { slug: string; name: string }; permalinkText: string }) {
  return (
    <p className="grid-links">
      {clauseUrl ? (
        <a className="grid-link font-medium" href={clauseUrl}>
          See clause<span className="sr-only"> in {insurer.name}’s policy on {topic.name}</span>
        </a>
      ) : null}
      {insurer.version?.isLatest ? (
        <a className="grid-link" href={practiceUrl(insurer.slug, topic.slug)}>
          {permalinkText}
          <span className="sr-only">: {insurer.name} on {topic.name}</span>
        </a>
      ) : null}
    </p>
  );
}

/**
 * The detailed grid: topics as rows (grouped), insurers as columns, each cell a stance, its review
 * state, a summary and links. One table serves every screen: on narrow screens CSS stacks each row
 * into a card.
 */
export function ComparisonGrid({ view, asOf }: { view: Grid; asOf: string | null }) {
  return (
    <div className="md:max-h-[80vh] md:overflow-auto md:rounded-lg md:border md:border-slate-300" tabIndex={0} role="region" aria-label="Comparison table (scrollable)">
      <table className="block w-full border-separate border-spacing-0 text-left md:table">
        <caption className="sr-only">
          Privacy practices by topic (rows) and insurer (columns). Each cell gives the stance, a summary and a link to the quoted clause.
        </caption>
        <thead className="sr-only md:not-sr-only md:table-header-group">
          <tr>
            <th scope="col" className="sticky left-0 top-0 z-30 w-56 min-w-56 border-b border-r border-slate-300 bg-slate-100 p-3 text-sm">
              Topic
            </th>
            {view.insurers.map((i) => (
              <th key={i.slug} scope="col" className="sticky top-0 z-20 min-w-64 border-b border-slate-300 bg-slate-100 p-3 text-sm">
                <a href={insurerUrl(i.slug)} className="text-blue-900 underline underline-offset-2">
                  {i.name}
                </a>
                <span className="block text-xs font-normal text-slate-700">{i.state === 'US' ? 'National / multi-state' : i.state}</span>
                <VersionLine insurer={i} asOf={asOf} />
              </th>
            ))}
          </tr>
        </thead>
        {view.groups.map((g) => (
          // Each group hydrates on its own, so the main thread is never blocked by the whole grid at once.
          <Suspense key={g.slug}>
          <tbody className="block md:table-row-group">
            <tr className="block md:table-row">
              <th scope="rowgroup" colSpan={view.insurers.length + 1} className="mt-4 block text-base font-bold text-slate-900 md:sticky md:left-0 md:mt-0 md:table-cell md:border-b md:border-slate-300 md:bg-slate-200 md:px-3 md:py-1.5 md:text-sm">
                {g.name}
              </th>
            </tr>
            {g.topics.map((t) => (
              <tr key={t.slug} data-topic={t.slug} className="grid-row">
                <th scope="row" className="grid-rowhead">
                  <a href={topicUrl(t.slug)} className="font-semibold text-blue-900 underline underline-offset-2">
                    {t.name}
                  </a>
                  <span className="mt-1 block font-normal text-slate-700">{t.question}</span>
                </th>
                {view.insurers.map((i) => (
                  <td key={i.slug} className="grid-td">
                    <span className="mb-1 block text-sm font-semibold md:hidden">{i.name}</span>
                    <CellBody cell={view.cell(i.slug, t.slug)} topic={t} insurer={i} asOf={asOf} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          </Suspense>
        ))}
      </table>
    </div>
  );
}
