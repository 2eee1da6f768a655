'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { CellDTO, GridTopicDTO, Tone } from '@/lib/dto';
import { formatStatedDate } from '@/lib/format';
import { matrixApiUrl } from '@/lib/urls';
import { EMPTY_GRID_STATE } from '@/lib/grid-state';
import { QuoteBlock } from '../quote-block';
import { ReviewMark } from '../review-mark';
import { StanceBadge } from '../stance-badge';

interface Chosen {
  insurer: string;
  insurerName: string;
  topic: string;
  topicName: string;
  stance: { value: string; label: string; tone: Tone } | null;
  trigger: HTMLElement;
}

/** The grid's focusable element of each cell: a link, or the cell's text when it has no link. */
const CELL_CONTENT = ':scope > th > a, :scope > th > span[tabindex], :scope > td > a, :scope > td > span[tabindex]';

/** The cells of the grid as rows × columns of their focusable elements. */
function cellsOf(grid: HTMLElement): HTMLElement[][] {
  return [...grid.querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll<HTMLElement>(CELL_CONTENT)]).filter((row) => row.length > 0);
}

/** An answer's insurer and topic, read from its link (/insurers/<insurer>/versions/<date>/<topic>). */
function answerOf(el: HTMLElement): { insurer: string; topic: string } | null {
  const m = /^\/insurers\/([^/]+)\/versions\/[^/]+\/([^/]+)$/.exec(el.getAttribute('href') ?? '');
  return m && el.dataset.stance ? { insurer: decodeURIComponent(m[1]!), topic: decodeURIComponent(m[2]!) } : null;
}

/**
 * Makes the compact table an ARIA grid (one tab stop, arrow keys, Home/End, Ctrl+Home/End, Page
 * Up/Down) and shows a chosen cell's summary, quotes and links in a dialog that is in view wherever the
 * grid was scrolled, returning focus to the cell when it closes. The table is rendered by the server or
 * by GridApp; this leaf only listens, so it works on either.
 */
export function GridKeyboard({ children, asOf, topics }: { children: React.ReactNode; asOf: string | null; topics: Pick<GridTopicDTO, 'slug' | 'name' | 'stances'>[] }) {
  const box = useRef<HTMLDivElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [cell, setCell] = useState<CellDTO | 'loading' | 'failed'>('loading');

  const open = useCallback((target: HTMLElement) => {
    const answer = answerOf(target);
    if (!answer) return;
    const { insurer, topic } = answer;
    const row = target.closest('tr');
    const insurerName = row?.querySelector('th a')?.textContent ?? insurer;
    const topicInfo = topics.find((t) => t.slug === topic);
    const stance = topicInfo?.stances.find((s) => s.value === target.dataset.stance) ?? null;
    setChosen({ insurer, insurerName, topic, topicName: topicInfo?.name ?? topic, stance, trigger: target });
    setCell('loading');
    dialog.current?.showModal();
    fetch(matrixApiUrl({ ...EMPTY_GRID_STATE, insurers: [insurer], topics: [topic], asOf }))
      .then((r) => (r.ok ? (r.json() as Promise<{ cells: CellDTO[] }>) : Promise.reject(new Error(String(r.status)))))
      .then((body) => setCell(body.cells[0] ?? 'failed'))
      .catch(() => setCell('failed'));
  }, [asOf, topics]);

  useEffect(() => {
    const grid = box.current?.querySelector<HTMLElement>('[role="grid"]');
    if (!grid) return;
    // Exactly one cell is in the tab order: the one last moved to while it is still shown, else the first answer.
    const all = cellsOf(grid).flat();
    const current = all.find((el) => el.getAttribute('tabindex') === '0') ?? all.find((el) => answerOf(el)) ?? all[0];
    for (const el of all) el.tabIndex = el === current ? 0 : -1;
    const move = (from: HTMLElement, to: HTMLElement | undefined) => {
      if (!to) return;
      from.tabIndex = -1;
      to.tabIndex = 0;
      to.focus();
    };
    const onKey = (event: KeyboardEvent) => {
      const rows = cellsOf(grid);
      const current = event.target as HTMLElement;
      const r = rows.findIndex((row) => row.includes(current));
      if (r < 0) return;
      const c = rows[r]!.indexOf(current);
      const at = (row: number, col: number) => rows[Math.max(0, Math.min(rows.length - 1, row))]?.[col] ?? rows[Math.max(0, Math.min(rows.length - 1, row))]?.at(-1);
      const keys: Record<string, () => HTMLElement | undefined> = {
        ArrowRight: () => rows[r]![c + 1],
        ArrowLeft: () => rows[r]![c - 1],
        ArrowDown: () => at(r + 1, c),
        ArrowUp: () => at(r - 1, c),
        Home: () => (event.ctrlKey ? rows[0]![0] : rows[r]![0]),
        End: () => (event.ctrlKey ? rows.at(-1)!.at(-1) : rows[r]!.at(-1)),
        PageDown: () => at(r + 10, c),
        PageUp: () => at(r - 10, c),
      };
      const target = keys[event.key];
      if (target) {
        event.preventDefault();
        move(current, target());
        return;
      }
      if ((event.key === 'Enter' || event.key === ' ') && answerOf(current)) {
        event.preventDefault();
        open(current);
      }
    };
    const onClick = (event: MouseEvent) => {
      const badge = (event.target as HTMLElement).closest<HTMLElement>('a[data-stance]');
      // A modified click still opens the reading's page, as a link does.
      if (!badge || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      const previous = cellsOf(grid).flat().find((el) => el.tabIndex === 0);
      if (previous && previous !== badge) move(previous, badge);
      open(badge);
    };
    grid.addEventListener('keydown', onKey);
    grid.addEventListener('click', onClick);
    return () => {
      grid.removeEventListener('keydown', onKey);
      grid.removeEventListener('click', onClick);
    };
    // The rendered grid may change (filters, order): the roving tab stop is set again each time.
  }, [open, children]);

  const close = () => {
    dialog.current?.close();
  };

  return (
    <div ref={box} className="compact-box">
      {children}
      <dialog
        ref={dialog}
        className="cell-dialog"
        aria-labelledby="cell-dialog-title"
        onClose={() => {
          chosen?.trigger.focus();
          setChosen(null);
        }}
        onClick={(e) => {
          // A click on the backdrop (the dialog element itself, outside its content) closes it.
          if (e.target === dialog.current) close();
        }}
      >
        {chosen ? (
          <div className="flex flex-col items-start gap-2">
            <h2 id="cell-dialog-title" className="text-lg font-semibold">
              {chosen.insurerName}: {chosen.topicName}
            </h2>
            {cell === 'loading' ? (
              <p className="text-sm">
                {chosen.stance ? <StanceBadge label={chosen.stance.label} tone={chosen.stance.tone} value={chosen.stance.value} /> : null} Loading the summary and quotes…
              </p>
            ) : cell === 'failed' ? (
              <p className="text-sm">The summary could not be loaded; the links below still lead to it.</p>
            ) : (
              <>
                <span className="flex flex-wrap items-center gap-2">
                  {chosen.stance ? <StanceBadge label={chosen.stance.label} tone={chosen.stance.tone} value={chosen.stance.value} /> : null}
                  <ReviewMark review={cell.review} carriedFrom={cell.carriedFrom} />
                </span>
                <p className="text-sm text-slate-700">Policy archived {formatStatedDate(cell.archivedOn)}</p>
                <p>{cell.summary}</p>
                {cell.citations.map((c, i) => (
                  <div key={`${c.clauseKey}-${i}`} className="w-full">
                    <QuoteBlock citation={c} size="sm" />
                    <a href={c.url} className="target-link text-sm">
                      Read this paragraph in the full text<span className="sr-only"> of {chosen.insurerName}’s policy</span>
                    </a>
                  </div>
                ))}
                <a href={cell.permalink} className="target-link font-medium">
                  Quotes and citation<span className="sr-only">: {chosen.insurerName} on {chosen.topicName}</span>
                </a>
              </>
            )}
            <button type="button" onClick={close} className="mt-2 rounded-md border border-slate-500 bg-white px-3 py-1 text-sm font-medium">
              Close
            </button>
          </div>
        ) : null}
      </dialog>
    </div>
  );
}
