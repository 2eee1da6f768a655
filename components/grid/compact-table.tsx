import { isOld, yearOf } from '@/lib/age';
import { formatStatedDate } from '@/lib/format';
import { insurerUrl, topicUrl, versionPracticeUrl } from '@/lib/urls';
import { REVIEW_TEXT } from '../review-mark';
import { TONE_MEANING, TONE_SIGN } from '../stance-badge';
import { liveCheckShort } from '../live-check';
import { ToneTally } from '../tone-tally';
import { insurerMeta, reviewShown, type Grid } from './detailed-table';
import { GridKey } from './grid-key';

/** A link's name must contain its visible text (WCAG 2.5.3). */
function spokenName(short: string, label: string): string {
  const words = (s: string) => ` ${s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()} `;
  return words(label).includes(words(short)) ? label : `${short}: ${label}`;
}

/**
 * The overview density: every insurer (rows) and every question (columns) at once, one short word
 * per cell, the same columns for every insurer, as the privacy "nutrition label" studies recommend.
 * Each word is its answer shortened ("Not addr." for "Not addressed") after its tone's sign; its
 * accessible name says the answer and its tone in words; the grid's row and column headers (announced
 * as a cell is reached) name the insurer and the question. Rows are insurers so that the
 * 17 questions fit a desktop screen's width; on a phone the table scrolls sideways with the insurer
 * column fixed. It is an ARIA grid: one tab stop, arrow keys move (GridKeyboard makes every other cell
 * tabindex -1); without JavaScript every cell is an ordinary link to its reading.
 */
export function CompactTable({ grid, asOf, gridLabel }: { grid: Grid; asOf: string | null; gridLabel: string }) {
  const topics = grid.groups.flatMap((g) => g.topics.map((t) => ({ ...t, groupName: g.name })));
  const reads = `Every insurer, each at its ${asOf ? `latest version archived on or before ${formatStatedDate(asOf)}` : 'newest archived version'}: one word per answer.`;
  return (
    <>
      <div className="grid-caption compact-intro">
        {reads}
        <GridKey compact reviewShown={reviewShown(grid)} base={grid.base?.name ?? null} />
        <span className="min-[90rem]:hidden">Scroll sideways for all {topics.length} questions; the insurer column stays in place.</span>
      </div>
      <table className="compact-grid" role="grid" aria-label={gridLabel} aria-rowcount={grid.insurers.length + 1} aria-colcount={topics.length + 1}>
        <caption className="sr-only">{reads}</caption>
        <colgroup>
          <col className="compact-namecol" />
          {topics.map((t) => (
            <col key={t.slug} data-topic={t.slug} />
          ))}
        </colgroup>
        <thead>
          <tr aria-hidden="true" className="compact-groups">
            <td />
            {grid.groups.map((g) => (
              <td key={g.slug} colSpan={g.topics.length}>
                {g.name}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="col" className="compact-corner">
              <span tabIndex={-1}>
                Insurer
              </span>
            </th>
            {topics.map((t, n) => (
              <th key={t.slug} scope="col" className={`compact-colhead ${n > 0 && topics[n - 1]!.group !== t.group ? 'group-start' : ''}`}>
                <a href={topicUrl(t.slug)}>
                  <span className="sr-only">{t.groupName}: </span>
                  {t.name}
                </a>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.insurers.map((i) => (
            <tr key={i.slug} data-insurer={i.slug}>
              <th scope="row" className="compact-rowhead">
                <a href={insurerUrl(i.slug)} title={liveCheckShort(i.lastCheck)}>
                  {i.name}
                </a>
                {grid.base?.slug === i.slug ? <span className="base-mark">Base</span> : null}
                <span className="compact-rowmeta">
                  {i.version ? <span className={isOld(i.version.archivedOn) ? 'age-note' : undefined}>{yearOf(i.version.archivedOn)}</span> : <span>No policy by then</span>}
                  <span className="sr-only">{`${i.version ? ` policy${isOld(i.version.archivedOn) ? ': it may no longer apply' : ''}` : ''}, ${insurerMeta(i)}`}</span>
                  {i.version ? <ToneTally tally={grid.tally(i.slug).counts} compact /> : null}
                </span>
              </th>
              {topics.map((t, n) => {
                const value = grid.stance(i.slug, t.slug);
                const stance = t.stances.find((s) => s.value === value);
                const cell = grid.cell(i.slug, t.slug);
                const cls = n > 0 && topics[n - 1]!.group !== t.group ? 'compact-td group-start' : 'compact-td';
                if (!i.version || !stance) {
                  return (
                    <td key={t.slug} className={cls}>
                      <span className="compact-none" tabIndex={-1}>
                        –<span className="sr-only">{i.name}, {t.name}: no policy on file{asOf ? ` as of ${formatStatedDate(asOf)}` : ''}</span>
                      </span>
                    </td>
                  );
                }
                const review = cell && cell.review !== 'reviewed' ? cell.review : null;
                const differs = grid.differsFromBase(i.slug, t.slug);
                return (
                  <td key={t.slug} className={cls} data-differs={differs ? 'true' : undefined}>
                    <a
                      href={cell?.permalink ?? versionPracticeUrl(i.slug, i.version.archivedOn, t.slug)}
                      data-stance={stance.value}
                      className={`compact-badge tone-${stance.tone}${review ? ` compact-${review}` : ''}${differs ? ' compact-differs' : ''}`}
                      aria-label={`${spokenName(stance.short, stance.label)} (${TONE_MEANING[stance.tone]}${review ? `, ${REVIEW_TEXT[review].label.toLowerCase()}` : ''}${differs ? `, differs from ${grid.base!.name}` : ''})`}
                    >
                      {/* The sign is part of the link's text, not a ToneSign element: the link is named by its
                          aria-label, and 510 fewer elements to style and lay out made the grid's first frame cheaper. */}
                      {`${TONE_SIGN[stance.tone]}\u00a0${stance.short}`}
                    </a>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
