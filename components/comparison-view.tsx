'use client';

import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import type { CellDTO, MatrixDTO, TopicDTO } from '@/lib/dto';
import { applyGridState, EMPTY_GRID_STATE, parseGridState } from '@/lib/grid-state';
import { gridUrl, insurerUrl, matrixCsvUrl, practiceUrl, topicUrl, type GridState } from '@/lib/urls';
import { StanceBadge } from './stance-badge';

function toggle(values: string[], value: string): string[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

function Checkbox({ label, checked, onChange, name, value }: { label: React.ReactNode; checked: boolean; onChange: () => void; name: string; value: string }) {
  return (
    <label className="inline-flex cursor-pointer items-center gap-2 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm has-[:checked]:border-blue-700 has-[:checked]:bg-blue-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-blue-700">
      <input type="checkbox" name={name} value={value} checked={checked} onChange={onChange} className="h-4 w-4 accent-blue-700" />
      <span>{label}</span>
    </label>
  );
}

function CellBody({ cell, topic, insurerName }: { cell: CellDTO | undefined; topic: TopicDTO; insurerName: string }) {
  if (!cell) return <span className="text-sm text-slate-600">No data</span>;
  const stance = topic.stances.find((s) => s.value === cell.stance);
  const first = cell.citations[0];
  return (
    <div className="flex flex-col items-start gap-1.5">
      {stance ? <StanceBadge label={stance.label} tone={stance.tone} value={stance.value} /> : null}
      <p className="text-sm leading-snug text-slate-800">{cell.summary}</p>
      <p className="flex flex-wrap gap-x-3 text-sm [&_a]:scroll-ml-60 [&_a]:scroll-mt-28">
        {first ? (
          <a className="font-medium text-blue-800 underline underline-offset-2 hover:text-blue-950" href={first.url}>
            See clause<span className="sr-only"> in {insurerName}’s policy on {topic.name}</span>
          </a>
        ) : null}
        <a className="text-blue-800 underline underline-offset-2 hover:text-blue-950" href={practiceUrl(cell.insurer, cell.topic)}>
          Details<span className="sr-only">: {insurerName} on {topic.name}</span>
        </a>
      </p>
    </div>
  );
}

/** The comparison grid with its filters. All data is in the page, so filtering never waits for a server. */
export function ComparisonView({ matrix }: { matrix: MatrixDTO }) {
  const [state, setState] = useState<GridState>(EMPTY_GRID_STATE);
  const statusId = useId();

  // The page is prerendered without a query; the URL's view is applied once the browser has it.
  useEffect(() => {
    const read = () => setState(parseGridState(new URLSearchParams(window.location.search), matrix));
    read();
    window.addEventListener('popstate', read);
    return () => window.removeEventListener('popstate', read);
  }, [matrix]);

  const update = useCallback((next: GridState) => {
    setState(next);
    window.history.replaceState(null, '', gridUrl(next));
  }, []);

  const view = useMemo(() => applyGridState(matrix, state), [matrix, state]);
  const insurerName = useMemo(() => new Map(matrix.insurers.map((i) => [i.slug, i.name])), [matrix]);
  const filtered = state.groups.length + state.topics.length + state.insurers.length > 0 || state.diff;

  return (
    <div className="flex flex-col gap-4">
      <form aria-label="Filter the comparison" className="flex flex-col gap-3 rounded-lg border border-slate-300 bg-slate-50 p-4" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend className="mb-1 text-sm font-semibold">Insurers to compare</legend>
          <div className="flex flex-wrap gap-2">
            {matrix.insurers.map((i) => (
              <Checkbox key={i.slug} name="insurers" value={i.slug} label={i.name} checked={state.insurers.includes(i.slug)} onChange={() => update({ ...state, insurers: toggle(state.insurers, i.slug) })} />
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend className="mb-1 text-sm font-semibold">Topic groups</legend>
          <div className="flex flex-wrap gap-2">
            {matrix.groups.map((g) => (
              <Checkbox key={g.slug} name="groups" value={g.slug} label={g.name} checked={state.groups.includes(g.slug)} onChange={() => update({ ...state, groups: toggle(state.groups, g.slug) })} />
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend className="mb-1 text-sm font-semibold">Topics</legend>
          <div className="flex flex-wrap gap-2">
            {matrix.topics.map((t) => (
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
          Showing {view.rowCount} of {matrix.topics.length} topics for {view.insurers.length} of {matrix.insurers.length} insurers.
          {view.rowCount === 0 && state.diff ? ' The chosen insurers agree on every chosen topic.' : ''}
        </p>
      </form>

      {/* Wide screens: one table, sticky header row and first column, scrolling inside its own box. */}
      <div className="hidden max-h-[80vh] overflow-auto rounded-lg border border-slate-300 md:block" tabIndex={0} role="region" aria-label="Comparison table (scrollable)">
        <table className="w-full border-separate border-spacing-0 text-left">
          <caption className="sr-only">
            Privacy practices by topic (rows) and insurer (columns). Each cell gives the stance, a summary and a link to the quoted clause.
          </caption>
          <thead>
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
            <tbody key={g.slug}>
              <tr>
                <th scope="rowgroup" colSpan={view.insurers.length + 1} className="sticky left-0 border-b border-slate-300 bg-slate-200 px-3 py-1.5 text-sm font-bold text-slate-900">
                  {g.name}
                </th>
              </tr>
              {g.topics.map((t) => (
                <tr key={t.slug} data-topic={t.slug} className="align-top">
                  <th scope="row" className="sticky left-0 z-10 border-b border-r border-slate-300 bg-white p-3 text-sm">
                    <a href={topicUrl(t.slug)} className="font-semibold text-blue-900 underline underline-offset-2">
                      {t.name}
                    </a>
                    <span className="mt-1 block font-normal text-slate-700">{t.question}</span>
                  </th>
                  {view.insurers.map((i) => (
                    <td key={i.slug} className="border-b border-slate-200 bg-white p-3">
                      <CellBody cell={view.cell(i.slug, t.slug)} topic={t} insurerName={i.name} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>

      {/* Narrow screens: one card per topic, insurers listed down the card. */}
      <div className="flex flex-col gap-4 md:hidden">
        {view.groups.map((g) => (
          <section key={g.slug} aria-label={g.name}>
            <h2 className="mb-2 text-base font-bold">{g.name}</h2>
            <div className="flex flex-col gap-3">
              {g.topics.map((t) => (
                <article key={t.slug} className="rounded-lg border border-slate-300 bg-white p-3" data-topic={t.slug}>
                  <h3 className="font-semibold">
                    <a href={topicUrl(t.slug)} className="text-blue-900 underline underline-offset-2">
                      {t.name}
                    </a>
                  </h3>
                  <p className="text-sm text-slate-700">{t.question}</p>
                  <dl className="mt-2 flex flex-col gap-3">
                    {view.insurers.map((i) => (
                      <div key={i.slug} className="border-t border-slate-200 pt-2">
                        <dt className="text-sm font-semibold">{insurerName.get(i.slug)}</dt>
                        <dd className="mt-1">
                          <CellBody cell={view.cell(i.slug, t.slug)} topic={t} insurerName={i.name} />
                        </dd>
                      </div>
                    ))}
                  </dl>
                </article>
              ))}
            </div>
          </section>
        ))}
      </div>
    </div>
  );
}
