'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Capture, CellDTO, GridDTO, InsurerAtDTO } from '@/lib/dto';
import { formatStatedDate } from '@/lib/format';
import { applyGridState, EMPTY_GRID_STATE, GRID_PAGE_SIZE, insurersWithoutCells, parseGridState, slugList, stancesOf, toGridCell } from '@/lib/grid-state';
import { gridQuery, gridUrl, matrixApiUrl, type GridState } from '@/lib/urls';
import { CompactTable } from './compact-table';
import { DetailedTable } from './detailed-table';
import { GridKeyboard } from './grid-keyboard';
import { GridToolbar } from './grid-toolbar';
import { ServedMarkup, useServedMarkup } from './served-markup';

type MatrixBody = {
  insurers: (Omit<InsurerAtDTO, 'version' | 'firstArchivedOn'> & { archivedOn: string | null; capture: Capture | null; isLatest: boolean; sourceUrl: string | null })[];
  cells: CellDTO[];
};

/** The /api/matrix answer for some insurers (all when none is named) as of a day (null: newest versions). */
async function fetchMatrix(slugs: string[], asOf: string | null): Promise<MatrixBody | null> {
  const response = await fetch(matrixApiUrl({ ...EMPTY_GRID_STATE, insurers: slugs, asOf }));
  return response.ok ? ((await response.json()) as MatrixBody) : null;
}

function versionOf(i: MatrixBody['insurers'][number]): InsurerAtDTO['version'] {
  return i.archivedOn && i.capture ? { archivedOn: i.archivedOn, capture: i.capture, isLatest: i.isLatest, sourceUrl: i.sourceUrl } : null;
}

/** Adds full cells of some insurers (read as of the grid's day) to the data, and insurers the page did not list. */
async function loadCells(data: GridDTO, slugs: string[]): Promise<GridDTO> {
  const body = slugs.length ? await fetchMatrix(slugs, data.asOf) : null;
  if (!body) return data;
  const known = new Set(data.insurers.map((i) => i.slug));
  const loaded = new Set(body.insurers.map((i) => i.slug));
  const added = body.insurers.filter((i) => !known.has(i.slug)).map((i) => ({ ...i, version: versionOf(i), firstArchivedOn: i.archivedOn ?? '' }));
  return {
    ...data,
    insurers: [...data.insurers, ...added],
    cells: [...data.cells.filter((c) => !loaded.has(c.insurer)), ...body.cells.map(toGridCell)],
    stances: { ...data.stances, ...stancesOf(body.cells, data.topics) },
  };
}

/** Every listed insurer read at its latest version archived on or before the day (null: newest). */
async function readAsOf(data: GridDTO, asOf: string | null, original: GridDTO): Promise<GridDTO> {
  if (data.asOf === asOf) return data;
  if (asOf === null) return original;
  const body = await fetchMatrix(data.totalInsurers > data.insurers.length ? data.insurers.map((i) => i.slug) : [], asOf);
  if (!body) return data;
  const bySlug = new Map(body.insurers.map((i) => [i.slug, i]));
  return {
    ...data,
    asOf,
    insurers: data.insurers.map((i) => {
      const read = bySlug.get(i.slug);
      return { ...i, version: read ? versionOf(read) : null };
    }),
    cells: body.cells.map(toGridCell),
    stances: stancesOf(body.cells, data.topics),
  };
}

/**
 * The comparison grid with its toolbar, rendered from the data the page carries (every insurer's
 * stances, the first insurers' summaries): filtering, peers, order and density need no request; only
 * what a view adds is loaded (another insurer's summaries, another date).
 */
export function GridApp({ grid, initial, pending: servedPending }: { grid: GridDTO; initial: GridState; pending: boolean }) {
  const [data, setData] = useState<GridDTO>(grid);
  const [state, setState] = useState<GridState>(initial);
  // The page was served for an address with a grid query: its grid shows once that view is applied.
  const [pending, setPending] = useState(servedPending);
  const [loading, setLoading] = useState(false);

  const dataRef = useRef(data);
  useEffect(() => {
    dataRef.current = data;
  }, [data]);

  // The page is prerendered without the reader's query; the URL's view is applied once the browser has it.
  // A link may name insurers the page did not list (past the first ones of a long roster): they are
  // loaded first, so the shared view opens as it was shared.
  useEffect(() => {
    let cancelled = false;
    const read = () => {
      const params = new URLSearchParams(window.location.search);
      const apply = (known: GridDTO) => {
        const next = parseGridState(params, known);
        setState((current) => (gridQuery(current) === gridQuery(next) ? current : next));
        // The address's own view is what renders now: the grid may show.
        setPending(false);
      };
      const current = dataRef.current;
      const listed = new Set(current.insurers.map((i) => i.slug));
      const named = [...slugList(params.get('insurers')), ...slugList(params.get('base')).slice(0, 1)];
      const unlisted = current.totalInsurers > current.insurers.length ? [...new Set(named.filter((s) => !listed.has(s)))] : [];
      if (unlisted.length === 0) return apply(current);
      void loadCells(current, unlisted).then((loaded) => {
        if (cancelled) return;
        dataRef.current = loaded;
        setData(loaded);
        apply(loaded);
      });
    };
    read();
    window.addEventListener('popstate', read);
    return () => {
      cancelled = true;
      window.removeEventListener('popstate', read);
    };
  }, []);

  const update = useCallback((next: GridState) => {
    setState(next);
    window.history.replaceState(null, '', gridUrl(next));
  }, []);

  // An insurer chosen by name (from "Find another insurer") that the page did not list is loaded.
  useEffect(() => {
    const listed = new Set(data.insurers.map((i) => i.slug));
    const unlisted = [...new Set([...state.insurers, ...(state.base ? [state.base] : [])])].filter((s) => !listed.has(s));
    if (unlisted.length === 0 || data.totalInsurers <= data.insurers.length) return;
    let cancelled = false;
    void loadCells(data, unlisted).then((loaded) => {
      if (!cancelled && loaded !== data) setData(loaded);
    });
    return () => {
      cancelled = true;
    };
  }, [data, state.insurers, state.base]);

  // Reading the grid as of a day loads that day's versions, once per day chosen.
  useEffect(() => {
    if (data.asOf === state.asOf) return;
    let cancelled = false;
    setLoading(true);
    void readAsOf(data, state.asOf, grid).then((loaded) => {
      if (!cancelled) setData(loaded);
      setLoading(false);
    });
    return () => {
      cancelled = true;
    };
  }, [data, state.asOf, grid]);

  const view = useMemo(() => applyGridState(data, state, state.compact ? undefined : GRID_PAGE_SIZE), [data, state]);

  // Shown insurers whose summaries the page did not carry are loaded, each once per date read.
  const requested = useRef(new Set<string>());
  useEffect(() => {
    if (state.compact || data.asOf !== state.asOf) return;
    const key = (slug: string) => `${data.asOf ?? ''}\u0000${slug}`;
    const missing = insurersWithoutCells(data.cells, view.insurers.filter((i) => i.version).map((i) => i.slug)).filter((s) => !requested.current.has(key(s)));
    if (missing.length === 0) return;
    for (const s of missing) requested.current.add(key(s));
    let cancelled = false;
    void loadCells(data, missing).then((loaded) => {
      if (!cancelled) setData(loaded);
      else for (const s of missing) requested.current.delete(key(s));
    });
    return () => {
      cancelled = true;
    };
  }, [data, view.insurers, state.compact, state.asOf]);

  // Until the reader changes the view or its data, the table is the one the server rendered: its
  // hundreds of cells are links and text whose events GridKeyboard takes from the DOM, so hydrating them
  // would only repeat the server's work, the largest part of the page's script time on a phone.
  const served = useServedMarkup() && state === initial && data === grid;
  const table = state.compact ? (
    <CompactTable grid={view} asOf={data.asOf} gridLabel="Every insurer’s answers, one word each" />
  ) : (
    <DetailedTable grid={view} asOf={data.asOf} />
  );
  // A new key when the view changes: React replaces the served markup instead of adding to it.
  const shown = served ? (
    <ServedMarkup key="served">{table}</ServedMarkup>
  ) : (
    <div key="rendered" className="contents">
      {table}
    </div>
  );

  const missing = view.insurers.filter((i) => !i.version).length;
  const total = data.totalInsurers;

  return (
    <div className="flex flex-col gap-2">
      <GridToolbar data={data} state={state} update={update} />
      <p role="status" className="grid-status">
        {loading
          ? 'Loading the policies of that date…'
          : `${view.rowCount} of ${data.topics.length} questions × ${view.insurers.length} of ${total} insurers${data.asOf ? `, as archived on or before ${formatStatedDate(data.asOf)}` : ''}${
              state.base && view.base ? `, compared with ${view.base.name}` : ''
            }${state.sort === 'exposure' ? ', most exposure first' : ''}.${missing ? ` ${missing} had no policy archived by then.` : ''}${
              !state.compact && !state.insurers.length && view.insurers.length < total ? ' Choose insurers under More filters, or switch to Compact to see them all.' : ''
            }${view.rowCount === 0 && state.diff ? ' The chosen insurers agree on every chosen question.' : ''}`}
      </p>
      <div className="served-grid" data-pending={pending ? 'true' : undefined}>
        {state.compact ? (
          <GridKeyboard asOf={data.asOf} topics={data.topics}>
            {shown}
          </GridKeyboard>
        ) : (
          shown
        )}
      </div>
    </div>
  );
}
