'use client';

import { Suspense, useCallback, useEffect, useId, useMemo, useState } from 'react';
import type { CellDTO, GridCellDTO, GridDTO, GridTopicDTO, InsurerDTO } from '@/lib/dto';
import { applyGridState, EMPTY_GRID_STATE, parseGridState, slugList, toGridCell } from '@/lib/grid-state';
import { gridQuery, gridUrl, insurerUrl, matrixApiUrl, matrixCsvUrl, practiceUrl, topicUrl, type GridState } from '@/lib/urls';
import { InsurerSearch } from './insurer-search';
import { StanceBadge } from './stance-badge';

function toggle(values: string[], value: string): string[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

function Checkbox({ label, checked, onChange, name, value }: { label: React.ReactNode; checked: boolean; onChange: () => void; name: string; value: string }) {
  return (
    <label className="filter-chip">
      <input type="checkbox" name={name} value={value} checked={checked} onChange={onChange} className="h-4 w-4 accent-blue-700" />
      <span>{label}</span>
    </label>
  );
}

function CellBody({ cell, topic, insurerName }: { cell: GridCellDTO | undefined; topic: GridTopicDTO; insurerName: string }) {
  if (!cell) return <span className="text-sm text-slate-700">Not loaded</span>;
  const stance = topic.stances.find((s) => s.value === cell.stance);
  return (
    <div className="flex flex-col items-start gap-1.5">
      {stance ? <StanceBadge label={stance.label} tone={stance.tone} value={stance.value} /> : null}
      <p className="text-sm leading-snug text-slate-800">{cell.summary}</p>
      <p className="grid-links">
        {cell.clauseUrl ? (
          <a className="grid-link font-medium" href={cell.clauseUrl}>
            See clause<span className="sr-only"> in {insurerName}’s policy on {topic.name}</span>
          </a>
        ) : null}
        <a className="grid-link" href={practiceUrl(cell.insurer, cell.topic)}>
          Details<span className="sr-only">: {insurerName} on {topic.name}</span>
        </a>
      </p>
    </div>
  );
}

/** Insurers and cells of one /api/matrix answer, added to what the grid already holds. */
async function loadInsurers(data: GridDTO, slugs: string[]): Promise<GridDTO> {
  const response = await fetch(matrixApiUrl({ ...EMPTY_GRID_STATE, insurers: slugs }));
  if (!response.ok) return data;
  const extra = (await response.json()) as { insurers: InsurerDTO[]; cells: CellDTO[] };
  const known = new Set(data.insurers.map((i) => i.slug));
  const added = extra.insurers.filter((i) => !known.has(i.slug));
  const addedSet = new Set(added.map((i) => i.slug));
  return {
    ...data,
    insurers: [...data.insurers, ...added],
    cells: [...data.cells, ...extra.cells.filter((c) => addedSet.has(c.insurer)).map(toGridCell)],
  };
}

/**
 * The comparison grid with its filters. The page carries every topic for its insurers, so filtering
 * never waits for a server; only choosing an insurer beyond the first page loads its cells.
 * One table serves every screen: on narrow screens CSS stacks each row into a card.
 */
export function ComparisonView({ grid }: { grid: GridDTO }) {
  const [data, setData] = useState<GridDTO>(grid);
  const [state, setState] = useState<GridState>(EMPTY_GRID_STATE);
  const statusId = useId();
  const partial = grid.totalInsurers > grid.insurers.length;

  // The page is prerendered without a query; the URL's view is applied once the browser has it.
  useEffect(() => {
    const read = async () => {
      const params = new URLSearchParams(window.location.search);
      let loaded = grid;
      if (grid.totalInsurers > grid.insurers.length) {
        const named = slugList(params.get('insurers')).filter((s) => !grid.insurers.some((i) => i.slug === s));
        if (named.length) loaded = await loadInsurers(grid, named.slice(0, 20));
      }
      setData(loaded);
      // Same view as rendered (the common case: no query): keep the state object, so nothing re-renders.
      const next = parseGridState(params, loaded);
      setState((current) => (gridQuery(current) === gridQuery(next) ? current : next));
    };
    void read();
    const onPop = () => void read();
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [grid]);

  const update = useCallback((next: GridState) => {
    setState(next);
    window.history.replaceState(null, '', gridUrl(next));
  }, []);

  const addInsurer = useCallback(
    async (insurer: InsurerDTO) => {
      const loaded = await loadInsurers(data, [insurer.slug]);
      setData(loaded);
      const base = state.insurers.length ? state.insurers : data.insurers.map((i) => i.slug);
      update({ ...state, insurers: [...base, insurer.slug] });
    },
    [data, state, update],
  );

  const view = useMemo(() => applyGridState(data, state), [data, state]);
  const filtered = state.groups.length + state.topics.length + state.insurers.length > 0 || state.diff;

  return (
    <div className="flex flex-col gap-4">
      <form aria-label="Filter the comparison" className="flex flex-col gap-3 rounded-lg border border-slate-300 bg-slate-50 p-4" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend className="mb-1 text-sm font-semibold">Insurers to compare</legend>
          <div className="flex flex-wrap gap-2">
            {data.insurers.map((i) => (
              <Checkbox key={i.slug} name="insurers" value={i.slug} label={i.name} checked={state.insurers.includes(i.slug)} onChange={() => update({ ...state, insurers: toggle(state.insurers, i.slug) })} />
            ))}
          </div>
          {partial ? (
            <>
              <p className="mt-1 text-sm text-slate-700">
                The first {grid.insurers.length} of {data.totalInsurers} insurers are listed; find others by name.
              </p>
              <InsurerSearch exclude={new Set(data.insurers.map((i) => i.slug))} onAdd={(i) => void addInsurer(i)} />
            </>
          ) : null}
        </fieldset>
        <fieldset>
          <legend className="mb-1 text-sm font-semibold">Topic groups</legend>
          <div className="flex flex-wrap gap-2">
            {data.groups.map((g) => (
              <Checkbox key={g.slug} name="groups" value={g.slug} label={g.name} checked={state.groups.includes(g.slug)} onChange={() => update({ ...state, groups: toggle(state.groups, g.slug) })} />
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend className="mb-1 text-sm font-semibold">Topics</legend>
          <div className="flex flex-wrap gap-2">
            {data.topics.map((t) => (
              <Checkbox key={t.slug} name="topics" value={t.slug} label={t.name} checked={state.topics.includes(t.slug)} onChange={() => update({ ...state, topics: toggle(state.topics, t.slug) })} />
            ))}
          </div>
        </fieldset>
        <div className="flex flex-wrap items-center gap-3">
          <Checkbox name="diff" value="1" label="Only rows where insurers differ" checked={state.diff} onChange={() => update({ ...state, diff: !state.diff })} />
          <button
            type="button"
            onClick={() => update(EMPTY_GRID_STATE)}
            disabled={!filtered}
            className="rounded-md border border-slate-400 bg-white px-3 py-1 text-sm font-medium disabled:opacity-60"
          >
            Clear filters
          </button>
          <a className="text-sm font-medium text-blue-800 underline underline-offset-2" href={matrixCsvUrl(state)} download>
            Download this view as CSV
          </a>
        </div>
        <p id={statusId} role="status" className="text-sm text-slate-700">
          Showing {view.rowCount} of {data.topics.length} topics for {view.insurers.length} of {data.totalInsurers} insurers.
          {view.rowCount === 0 && state.diff ? ' The chosen insurers agree on every chosen topic.' : ''}
        </p>
      </form>

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
                  <span className="block text-xs font-normal text-slate-700">{i.state}</span>
                </th>
              ))}
            </tr>
          </thead>
          {view.groups.map((g) => (
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
                      <CellBody cell={view.cell(i.slug, t.slug)} topic={t} insurerName={i.name} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
            </Suspense>
          ))}
        </table>
      </div>
    </div>
  );
}
