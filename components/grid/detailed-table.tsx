import type { GridCellDTO, GridTopicDTO, InsurerAtDTO, ReviewState } from '@/lib/dto';
import { isOld, yearOf } from '@/lib/age';
import { capturedOn, formatStatedDate } from '@/lib/format';
import { ORGANIZATION_KIND_LABEL, type GridView } from '@/lib/grid-state';
import { insurerUrl, topicUrl } from '@/lib/urls';
import { ReviewMark } from '../review-mark';
import { StanceBadge } from '../stance-badge';
import { ToneTally } from '../tone-tally';
import { GridKey } from './grid-key';
import { liveCheckShort } from '../live-check';

export type Grid = GridView<InsurerAtDTO, GridTopicDTO & { group: string }, GridCellDTO>;

/** The review marks the shown cells carry, so the key explains those and no others. */
export function reviewShown(grid: Grid): Exclude<ReviewState, 'reviewed'>[] {
  const shown = new Set<ReviewState>();
  for (const i of grid.insurers) for (const g of grid.groups) for (const t of g.topics) shown.add(grid.cell(i.slug, t.slug)?.review ?? 'reviewed');
  return (['suggested', 'carried'] as const).filter((r) => shown.has(r));
}

/** Where an insurer operates and what it is: "Insurer · MA", "Federal exchange · national". */
export function insurerMeta(i: Pick<InsurerAtDTO, 'kind' | 'state'>): string {
  return `${ORGANIZATION_KIND_LABEL[i.kind] ?? 'Insurer'} · ${i.state === 'US' ? 'national' : i.state}`;
}

/**
 * Which version a column reads and how old it is: "2017 policy", or for a text captured more than five
 * years ago "2001 policy: it may no longer apply", linking to the address it was captured from.
 */
export function VersionAge({ insurer, asOf }: { insurer: InsurerAtDTO; asOf: string | null }) {
  if (!insurer.version) return <span className="colhead-line text-red-900">No policy on file by {asOf ? formatStatedDate(asOf) : 'then'}</span>;
  const { archivedOn, capture, sourceUrl } = insurer.version;
  const title = `Policy ${capturedOn(capture, archivedOn)}`;
  if (!isOld(archivedOn)) return <span className="colhead-line" title={title}>{yearOf(archivedOn)} policy</span>;
  const warning = `${yearOf(archivedOn)} policy: it may no longer apply`;
  return sourceUrl ? (
    <a href={sourceUrl} rel="noreferrer noopener" className="colhead-line age-note age-link" title={`${title}; open the address it was captured from`}>
      {warning}
      <span className="sr-only"> (the address {insurer.name}’s policy was captured from)</span>
    </a>
  ) : (
    <span className="colhead-line age-note" title={title}>
      {warning}
    </span>
  );
}

function Cell({ grid, insurer, topic, asOf }: { grid: Grid; insurer: InsurerAtDTO; topic: GridTopicDTO; asOf: string | null }) {
  if (!insurer.version) return <span className="text-sm text-slate-700">No policy on file as of {asOf ? formatStatedDate(asOf) : 'then'}</span>;
  const cell = grid.cell(insurer.slug, topic.slug);
  if (!cell) return <span className="text-sm text-slate-700">Loading…</span>;
  const stance = topic.stances.find((s) => s.value === cell.stance);
  const differs = grid.differsFromBase(insurer.slug, topic.slug);
  return (
    <>
      <span className="cell-marks">
        {stance ? <StanceBadge label={stance.label} tone={stance.tone} value={stance.value} /> : null}
        <ReviewMark review={cell.review} />
        {differs ? (
          <span className="differs-mark" data-differs="true">
            Differs from {grid.base!.name}
          </span>
        ) : differs === false ? (
          <span className="sr-only">Same as {grid.base!.name}</span>
        ) : null}
        <span className="grid-links">
          {cell.clauseUrl ? (
            <a className="grid-link" href={cell.clauseUrl} aria-label={`Clause of ${insurer.name}’s policy on ${topic.name}`}>
              Clause
            </a>
          ) : null}
          <a className="grid-link" href={cell.permalink} aria-label={`Quotes and citation: ${insurer.name} on ${topic.name}`}>
            Quotes
          </a>
        </span>
      </span>
      <span className="cell-summary">{cell.summary}</span>
    </>
  );
}

/**
 * The detailed grid: topics as rows (grouped), insurers as columns, each cell a stance, its review
 * state, a summary and links. One table serves every screen: it takes the page's width (fixed layout,
 * so no column is ever cut off) and the page scrolls, with the header row sticky; on narrow screens
 * CSS stacks each row into a card whose cells name their insurer and year.
 */
export function DetailedTable({ grid, asOf }: { grid: Grid; asOf: string | null }) {
  return (
    <table className="detailed-grid">
      <caption className="grid-caption">
        Each column reads the insurer’s {asOf ? `latest version archived on or before ${formatStatedDate(asOf)}` : 'newest archived version'}; the year says how old it is.
        <GridKey compact={false} reviewShown={reviewShown(grid)} base={grid.base?.name ?? null} />
      </caption>
      <thead className="sr-only md:not-sr-only md:table-header-group">
        <tr>
          <th scope="col" className="grid-corner">
            Question
          </th>
          {grid.insurers.map((i) => (
            <th key={i.slug} scope="col" className="grid-colhead" data-insurer={i.slug}>
              <a href={insurerUrl(i.slug)} className="colhead-name">
                {i.name}
              </a>
              {grid.base?.slug === i.slug ? <span className="base-mark">Your comparison base</span> : null}
              <span className="colhead-line flex flex-wrap items-center gap-x-2">
                {insurerMeta(i)}
                {i.version ? <ToneTally tally={grid.tally(i.slug).counts} compact /> : null}
              </span>
              <VersionAge insurer={i} asOf={asOf} />
              <span className="colhead-line text-[11px]">{liveCheckShort(i.lastCheck)}</span>
            </th>
          ))}
        </tr>
      </thead>
      {grid.groups.map((g) => (
        <tbody key={g.slug} className="block md:table-row-group">
          <tr className="block md:table-row">
            <th scope="rowgroup" colSpan={grid.insurers.length + 1} className="grid-group">
              {g.name}
            </th>
          </tr>
          {g.topics.map((t) => (
            <tr key={t.slug} data-topic={t.slug} className="grid-row">
              <th scope="row" className="grid-rowhead">
                <a href={topicUrl(t.slug)} className="rowhead-name">
                  {t.name}
                </a>
                <span className="rowhead-question">{t.question}</span>
              </th>
              {grid.insurers.map((i) => (
                <td key={i.slug} className="grid-td" data-insurer={i.slug} data-differs={grid.differsFromBase(i.slug, t.slug) ? 'true' : undefined}>
                  <span className="cell-insurer md:hidden">{`${i.name}${i.version ? ` · ${yearOf(i.version.archivedOn)} policy${isOld(i.version.archivedOn) ? ', may no longer apply' : ''}` : ''}`}</span>
                  <Cell grid={grid} insurer={i} topic={t} asOf={asOf} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}
