import { useId, useState } from 'react';
import type { GridCellDTO, GridTopicDTO, InsurerAtDTO } from '@/lib/dto';
import { capturedOn, formatStatedDate } from '@/lib/format';
import { insurerUrl, topicUrl } from '@/lib/urls';
import { CellLinks, type Grid } from './comparison-grid';
import { REVIEW_TEXT, ReviewMark } from './review-mark';
import { StanceBadge, TONE_MEANING } from './stance-badge';

interface Selected {
  insurer: InsurerAtDTO;
  topic: GridTopicDTO;
  cell: GridCellDTO;
}

type Chosen = { insurer: string; topic: string } | null;

/** The summary and links of the cell last chosen in the compact grid: one click away from any badge. */
function CellDetails({ selected }: { selected: Selected | null }) {
  if (!selected) {
    return <p className="text-sm text-slate-700">Choose a cell to see its summary and the clause it rests on.</p>;
  }
  const { insurer, topic, cell } = selected;
  const stance = topic.stances.find((s) => s.value === cell.stance);
  return (
    <div className="flex flex-col items-start gap-1 text-sm">
      <p className="font-semibold">
        {insurer.name} · {topic.name}
        {insurer.version ? <span className="font-normal text-slate-700"> (policy {capturedOn(insurer.version.capture, insurer.version.archivedOn)})</span> : null}
      </p>
      <span className="flex flex-wrap items-center gap-2">
        {stance ? <StanceBadge label={stance.label} tone={stance.tone} value={stance.value} /> : null}
        <ReviewMark review={cell.review} />
      </span>
      <p>{cell.summary}</p>
      <CellLinks clauseUrl={cell.clauseUrl} insurer={insurer} topic={topic} permalinkText="Quotes and permalink" />
    </div>
  );
}

/** A button's name must contain its visible text (WCAG 2.5.3): "3rd-party" is not in "Third-party cookies". */
function spokenName(short: string, label: string): string {
  const words = (s: string) => ` ${s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()} `;
  return words(label).includes(words(short)) ? label : `${short}: ${label}`;
}

/**
 * The overview density: one line per cell, the same topic rows in the same order for every insurer
 * column, as the privacy "nutrition label" studies recommend. Each badge is a word (the stance's
 * short label) with its tone's icon shape, and its accessible name says stance, insurer and topic
 * in words. The table takes the page's width (fixed layout), so only the page scrolls, vertically.
 */
export function CompactGrid({ view, asOf }: { view: Grid; asOf: string | null }) {
  const [chosen, setChosen] = useState<Chosen>(null);
  const detailsId = useId();
  const selected: Selected | null = (() => {
    if (!chosen) return null;
    const insurer = view.insurers.find((i) => i.slug === chosen.insurer);
    const topic = view.groups.flatMap((g) => g.topics).find((t) => t.slug === chosen.topic);
    const cell = view.cell(chosen.insurer, chosen.topic);
    return insurer && topic && cell ? { insurer, topic, cell } : null;
  })();
  const choose = (insurer: string, topic: string) => setChosen({ insurer, topic });
  return (
    <div className="flex flex-col gap-3">
      <section id={detailsId} aria-label="Chosen cell" aria-live="polite" className="compact-details">
        <CellDetails selected={selected} />
      </section>
      <table className="compact-grid">
        <caption className="sr-only">
          Compact comparison: topics as rows, insurers as columns, one stance per cell. Choose a cell to read its summary.
        </caption>
        <thead>
          <tr>
            <th scope="col" className="compact-corner">
              Topic
            </th>
            {view.insurers.map((i) => (
              <th key={i.slug} scope="col" className="compact-colhead">
                <a href={insurerUrl(i.slug)} title={i.version ? `Policy ${capturedOn(i.version.capture, i.version.archivedOn)}` : undefined}>
                  {i.name}
                </a>
              </th>
            ))}
          </tr>
        </thead>
        {view.groups.map((g) => (
          <tbody key={g.slug}>
            <tr>
              <th scope="rowgroup" colSpan={view.insurers.length + 1} className="compact-group">
                {g.name}
              </th>
            </tr>
            {g.topics.map((t) => (
              <tr key={t.slug} data-topic={t.slug}>
                <th scope="row" className="compact-rowhead">
                  <a href={topicUrl(t.slug)}>{t.name}</a>
                </th>
                {view.insurers.map((i) => {
                  const cell = view.cell(i.slug, t.slug);
                  const stance = t.stances.find((s) => s.value === cell?.stance);
                  if (i.version && !cell) {
                    return (
                      <td key={i.slug} className="compact-td">
                        <span className="compact-none" aria-busy="true">
                          …<span className="sr-only">{i.name}, {t.name}: loading</span>
                        </span>
                      </td>
                    );
                  }
                  if (!i.version || !cell || !stance) {
                    return (
                      <td key={i.slug} className="compact-td">
                        <span className="compact-none">
                          –<span className="sr-only">{i.name}, {t.name}: no policy on file{asOf ? ` as of ${formatStatedDate(asOf)}` : ''}</span>
                        </span>
                      </td>
                    );
                  }
                  const review = cell.review === 'reviewed' ? '' : `, ${REVIEW_TEXT[cell.review].label.toLowerCase()}`;
                  return (
                    <td key={i.slug} className="compact-td">
                      <button
                        type="button"
                        className={`compact-badge tone-${stance.tone} ${cell.review === 'reviewed' ? '' : `compact-${cell.review}`}`}
                        data-stance={stance.value}
                        data-review={cell.review}
                        aria-label={`${spokenName(stance.short, stance.label)} (${TONE_MEANING[stance.tone]}${review}): ${i.name}, ${t.name}`}
                        aria-controls={detailsId}
                        aria-pressed={chosen?.insurer === i.slug && chosen.topic === t.slug}
                        onClick={() => choose(i.slug, t.slug)}
                      >
                        {stance.short}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
