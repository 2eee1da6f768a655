'use client';

import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { parseDay } from '@/lib/dates';
import type { Capture, CellDTO, GridDTO, InsurerAtDTO, InsurerDTO } from '@/lib/dto';
import { formatStatedDate } from '@/lib/format';
import { applyGridState, EMPTY_GRID_STATE, GRID_PAGE_SIZE, insurersWithoutCells, parseGridState, slugList, toGridCell } from '@/lib/grid-state';
import { gridQuery, gridUrl, matrixApiUrl, matrixCsvUrl, type GridState } from '@/lib/urls';
import { CompactGrid } from './compact-grid';
import { ComparisonGrid } from './comparison-grid';
import { InsurerSearch } from './insurer-search';

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

/** The /api/matrix answer for some insurers as of a day (null: newest versions). */
async function fetchInsurers(slugs: string[], asOf: string | null): Promise<{ insurers: InsurerAtDTO[]; cells: CellDTO[] } | null> {
  const response = await fetch(matrixApiUrl({ ...EMPTY_GRID_STATE, insurers: slugs, asOf }));
  if (!response.ok) return null;
  const body = (await response.json()) as { insurers: (InsurerDTO & { archivedOn: string | null; capture: Capture | null; isLatest: boolean })[]; cells: CellDTO[] };
  return {
    insurers: body.insurers.map((i) => ({
      slug: i.slug,
      name: i.name,
      state: i.state,
      version: i.archivedOn && i.capture ? { archivedOn: i.archivedOn, capture: i.capture, isLatest: i.isLatest } : null,
    })),
    cells: body.cells,
  };
}

/**
 * Loads the full cells (summaries, clause links) of some insurers, read as of the grid's day, adding
 * the insurers that the page did not list and replacing any stance-only cells.
 */
async function loadFull(data: GridDTO, slugs: string[]): Promise<GridDTO> {
  if (slugs.length === 0) return data;
  const extra = await fetchInsurers(slugs, data.asOf);
  if (!extra) return data;
  const known = new Set(data.insurers.map((i) => i.slug));
  const loaded = new Set(extra.insurers.map((i) => i.slug));
  return {
    ...data,
    insurers: [...data.insurers, ...extra.insurers.filter((i) => !known.has(i.slug))],
    cells: [...data.cells.filter((c) => !loaded.has(c.insurer)), ...extra.cells.map(toGridCell)],
  };
}

/** The same insurers, each read at its latest version archived on or before the day (null: newest). */
async function readAsOf(data: GridDTO, asOf: string | null): Promise<GridDTO> {
  if (data.asOf === asOf) return data;
  const read = await fetchInsurers(data.insurers.map((i) => i.slug), asOf);
  if (!read) return data;
  const bySlug = new Map(read.insurers.map((i) => [i.slug, i]));
  return {
    ...data,
    asOf,
    insurers: data.insurers.map((i) => bySlug.get(i.slug) ?? { ...i, version: null }),
    cells: read.cells.map(toGridCell),
  };
}

/**
 * The comparison grid with its filters, its as-of date and its density. The page carries every topic
 * for its insurers, so filtering never waits for a server; reading the grid as of a day, or adding an
 * insurer beyond the first page, loads cells from /api/matrix.
 */
export function ComparisonView({ grid }: { grid: GridDTO }) {
  const [data, setData] = useState<GridDTO>(grid);
  const [state, setState] = useState<GridState>(EMPTY_GRID_STATE);
  const [loading, setLoading] = useState(false);
  const statusId = useId();
  const asOfId = useId();
  const partial = grid.totalInsurers > grid.insurers.length;

  // The page is prerendered without a query; the URL's view is applied once the browser has it.
  useEffect(() => {
    const read = async () => {
      const params = new URLSearchParams(window.location.search);
      let loaded = grid;
      const named = slugList(params.get('insurers')).filter((s) => !grid.insurers.some((i) => i.slug === s));
      if (partial && named.length) loaded = await loadFull(loaded, named.slice(0, 20));
      const next = parseGridState(params, loaded);
      if (next.asOf) {
        setLoading(true);
        loaded = await readAsOf(loaded, next.asOf);
        setLoading(false);
      }
      setData(loaded);
      // Same view as rendered (the common case: no query): keep the state object, so nothing re-renders.
      setState((current) => (gridQuery(current) === gridQuery(next) ? current : next));
    };
    void read();
    const onPop = () => void read();
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [grid, partial]);

  const update = useCallback((next: GridState) => {
    setState(next);
    window.history.replaceState(null, '', gridUrl(next));
  }, []);

  const addInsurer = useCallback(
    async (insurer: InsurerDTO) => {
      const loaded = await loadFull(data, [insurer.slug]);
      setData(loaded);
      const base = state.insurers.length ? state.insurers : data.insurers.map((i) => i.slug);
      update({ ...state, insurers: [...base, insurer.slug] });
    },
    [data, state, update],
  );

  const showAsOf = useCallback(
    async (asOf: string | null) => {
      setLoading(true);
      const loaded = await readAsOf(data, asOf);
      setLoading(false);
      setData(loaded);
      update({ ...state, asOf: loaded.asOf });
    },
    [data, state, update],
  );

  // The detailed view opens on the first page of insurers; the compact view shows them all.
  const defaultColumns = useMemo(() => (state.compact ? [] : data.insurers.slice(0, GRID_PAGE_SIZE).map((i) => i.slug)), [data.insurers, state.compact]);
  const shown = useMemo(() => (state.insurers.length ? state : { ...state, insurers: defaultColumns }), [state, defaultColumns]);
  const view = useMemo(() => applyGridState(data, shown), [data, shown]);

  // Shown insurers whose cells the page did not carry (a chosen column, the compact view's others) are
  // loaded, each once per date read (an answer without them must not start the request again).
  const requested = useRef(new Set<string>());
  useEffect(() => {
    // An insurer with no version by the chosen day has no cells to load.
    const key = (slug: string) => `${data.asOf ?? ''}\u0000${slug}`;
    const missing = insurersWithoutCells(data.cells, view.insurers.filter((i) => i.version).map((i) => i.slug)).filter((s) => !requested.current.has(key(s)));
    if (missing.length === 0) return;
    for (const s of missing) requested.current.add(key(s));
    let cancelled = false;
    let answered = false;
    void loadFull(data, missing).then((loaded) => {
      answered = true;
      if (!cancelled) setData(loaded);
    });
    return () => {
      cancelled = true;
      // A request dropped before its answer may be made again.
      if (!answered) for (const s of missing) requested.current.delete(key(s));
    };
  }, [data, view.insurers]);

  const filtered = state.groups.length + state.topics.length + state.insurers.length > 0 || state.diff;
  const missing = view.insurers.filter((i) => !i.version).length;

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
        <fieldset className="flex flex-wrap items-end gap-3">
          <legend className="mb-1 text-sm font-semibold">Policies as of a date</legend>
          <span className="flex flex-col">
            <label htmlFor={asOfId} className="text-sm">
              Show each insurer’s policy as archived on or before
            </label>
            <input
              id={asOfId}
              type="date"
              name="asOf"
              min="1995-01-01"
              key={state.asOf ?? 'newest'}
              defaultValue={state.asOf ?? ''}
              className="w-44 rounded-md border border-slate-400 bg-white px-2 py-1 text-sm"
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  void showAsOf(parseDay(e.currentTarget.value));
                }
              }}
            />
          </span>
          <button
            type="button"
            className="rounded-md border border-blue-700 bg-white px-3 py-1 text-sm font-medium text-blue-900"
            onClick={(e) => {
              const input = e.currentTarget.form?.elements.namedItem('asOf') as HTMLInputElement | null;
              void showAsOf(parseDay(input?.value));
            }}
          >
            Show as of this date
          </button>
          <button type="button" disabled={!state.asOf} onClick={() => void showAsOf(null)} className="rounded-md border border-slate-400 bg-white px-3 py-1 text-sm font-medium disabled:opacity-60">
            Newest versions
          </button>
        </fieldset>
        <div className="flex flex-wrap items-center gap-3">
          <Checkbox name="diff" value="1" label="Only rows where insurers differ" checked={state.diff} onChange={() => update({ ...state, diff: !state.diff })} />
          <Checkbox name="view" value="compact" label="Compact view (one line per cell)" checked={state.compact} onChange={() => update({ ...state, compact: !state.compact })} />
          <button
            type="button"
            onClick={() => update({ ...EMPTY_GRID_STATE, asOf: state.asOf, compact: state.compact })}
            disabled={!filtered}
            className="rounded-md border border-slate-400 bg-white px-3 py-1 text-sm font-medium disabled:opacity-60"
          >
            Clear filters
          </button>
          <a className="text-sm font-medium text-blue-800 underline underline-offset-2" href={matrixCsvUrl(shown)} download>
            Download this view as CSV
          </a>
        </div>
        <p id={statusId} role="status" className="text-sm text-slate-700">
          {loading
            ? 'Loading the policies of that date…'
            : `Showing ${view.rowCount} of ${data.topics.length} topics for ${view.insurers.length} of ${data.totalInsurers} insurers, ${
                data.asOf ? `as archived on or before ${formatStatedDate(data.asOf)}` : 'each at its newest version'
              }.${missing ? ` ${missing} had no policy archived by then.` : ''}${
                !state.compact && !state.insurers.length && data.insurers.length > view.insurers.length ? ' Choose insurers above, or switch to the compact view to see them all.' : ''
              }`}
          {!loading && view.rowCount === 0 && state.diff ? ' The chosen insurers agree on every chosen topic.' : ''}
        </p>
      </form>
      {state.compact ? <CompactGrid view={view} asOf={data.asOf} /> : <ComparisonGrid view={view} asOf={data.asOf} />}
    </div>
  );
}
