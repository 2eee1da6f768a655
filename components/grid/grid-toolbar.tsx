'use client';

import { useEffect, useId, useRef, useState } from 'react';
import type { GridDTO } from '@/lib/dto';
import { parseDay } from '@/lib/dates';
import { EMPTY_GRID_STATE, ORGANIZATION_KIND_LABEL } from '@/lib/grid-state';
import { matrixCsvUrl, type GridState } from '@/lib/urls';
import { InsurerSearch } from '../insurer-search';

const STATE_NAMES: Record<string, string> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut', DE: 'Delaware', DC: 'District of Columbia',
  FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine',
  MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada',
  NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York', NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon',
  PA: 'Pennsylvania', RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont', VA: 'Virginia',
  WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming',
};

function toggle(values: string[], value: string): string[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

function Check({ label, checked, onChange, name, value }: { label: React.ReactNode; checked: boolean; onChange: () => void; name: string; value: string }) {
  return (
    <label className="filter-chip">
      <input type="checkbox" name={name} value={value} checked={checked} onChange={onChange} className="h-4 w-4 accent-blue-700" />
      <span>{label}</span>
    </label>
  );
}

/**
 * The grid's controls in one compact bar: your insurer (the base column), a state, the order, the
 * density; everything else (insurers, kinds, topics, differences only, a date) folded under "More
 * filters". Every choice is in the URL, as in every other filter.
 */
export function GridToolbar({ data, state, update }: { data: GridDTO; state: GridState; update: (next: GridState) => void }) {
  const ids = { base: useId(), states: useId(), sort: useId(), asOf: useId() };
  const partial = data.totalInsurers > data.insurers.length;
  const states = [...new Set(data.insurers.flatMap((i) => (i.state === 'US' ? [] : i.state.split(',').map((s) => s.trim()))))].sort();
  const kinds = Object.keys(ORGANIZATION_KIND_LABEL).filter((k) => data.insurers.some((i) => i.kind === k));
  const more = state.groups.length + state.topics.length + state.insurers.length + state.kinds.length + (state.diff ? 1 : 0) + (state.asOf ? 1 : 0);
  const showAsOf = (value: string | undefined) => update({ ...state, asOf: parseDay(value) });
  // The folded filters are rendered only once opened: a third of the page's elements otherwise, hydrated
  // on every load for a panel most readers never open. One opened before the page ran is filled in on mount.
  const moreRef = useRef<HTMLDetailsElement>(null);
  const [moreOpen, setMoreOpen] = useState(false);
  useEffect(() => {
    if (moreRef.current?.open) setMoreOpen(true);
  }, []);
  return (
    <form aria-label="Choose what to compare" className="grid-toolbar" onSubmit={(e) => e.preventDefault()}>
      <label htmlFor={ids.base} className="toolbar-field">
        <span>Your insurer</span>
        <select id={ids.base} value={state.base ?? ''} onChange={(e) => update({ ...state, base: e.target.value || null })}>
          <option value="">None: compare all</option>
          {data.insurers.map((i) => (
            <option key={i.slug} value={i.slug}>
              {i.name}
            </option>
          ))}
        </select>
      </label>
      <label htmlFor={ids.states} className="toolbar-field">
        <span>State</span>
        <select id={ids.states} value={state.states.length === 1 ? state.states[0] : state.states.length ? 'several' : ''} onChange={(e) => update({ ...state, states: e.target.value && e.target.value !== 'several' ? [e.target.value] : [] })}>
          <option value="">All states</option>
          {state.states.length > 1 ? <option value="several">{state.states.join(', ')}</option> : null}
          {states.map((s) => (
            <option key={s} value={s}>
              {STATE_NAMES[s] ?? s} (and national)
            </option>
          ))}
        </select>
      </label>
      <label htmlFor={ids.sort} className="toolbar-field">
        <span>Order</span>
        <select id={ids.sort} value={state.sort} onChange={(e) => update({ ...state, sort: e.target.value === 'exposure' ? 'exposure' : 'name' })}>
          <option value="name">A to Z</option>
          <option value="exposure">Most exposure first</option>
        </select>
      </label>
      <fieldset className="toolbar-view">
        <legend className="sr-only">View</legend>
        <label className={state.compact ? '' : 'is-on'}>
          <input type="radio" name="view" value="detailed" checked={!state.compact} onChange={() => update({ ...state, compact: false })} />
          Detailed
        </label>
        <label className={state.compact ? 'is-on' : ''}>
          <input type="radio" name="view" value="compact" checked={state.compact} onChange={() => update({ ...state, compact: true })} />
          Compact<span className="sr-only">: every insurer at once</span>
        </label>
      </fieldset>
      <details className="toolbar-more" ref={moreRef} onToggle={(e) => setMoreOpen(e.currentTarget.open)}>
        <summary>More filters{more ? ` (${more} on)` : ''}</summary>
        {moreOpen ? (
          <div className="toolbar-panel">
            <fieldset>
              <legend>Insurers to compare</legend>
              <div className="flex flex-wrap gap-2">
                {data.insurers.map((i) => (
                  <Check key={i.slug} name="insurers" value={i.slug} label={i.name} checked={state.insurers.includes(i.slug)} onChange={() => update({ ...state, insurers: toggle(state.insurers, i.slug) })} />
                ))}
              </div>
              {partial ? (
                <>
                  <p className="mt-1 text-sm text-slate-700">
                    The first {data.insurers.length} of {data.totalInsurers} insurers are listed; find others by name.
                  </p>
                  <InsurerSearch exclude={new Set(data.insurers.map((i) => i.slug))} onAdd={(i) => update({ ...state, insurers: [...(state.insurers.length ? state.insurers : []), i.slug] })} />
                </>
              ) : null}
            </fieldset>
            <fieldset>
              <legend>Kinds of organization</legend>
              <div className="flex flex-wrap gap-2">
                {kinds.map((k) => (
                  <Check key={k} name="kinds" value={k} label={ORGANIZATION_KIND_LABEL[k]} checked={state.kinds.includes(k)} onChange={() => update({ ...state, kinds: toggle(state.kinds, k) })} />
                ))}
              </div>
            </fieldset>
            <fieldset>
              <legend>Question groups</legend>
              <div className="flex flex-wrap gap-2">
                {data.groups.map((g) => (
                  <Check key={g.slug} name="groups" value={g.slug} label={g.name} checked={state.groups.includes(g.slug)} onChange={() => update({ ...state, groups: toggle(state.groups, g.slug) })} />
                ))}
              </div>
            </fieldset>
            <fieldset>
              <legend>Questions</legend>
              <div className="flex flex-wrap gap-2">
                {data.topics.map((t) => (
                  <Check key={t.slug} name="topics" value={t.slug} label={t.name} checked={state.topics.includes(t.slug)} onChange={() => update({ ...state, topics: toggle(state.topics, t.slug) })} />
                ))}
              </div>
            </fieldset>
            <div className="flex flex-wrap items-end gap-3">
              <Check name="diff" value="1" label="Only rows where insurers differ" checked={state.diff} onChange={() => update({ ...state, diff: !state.diff })} />
              <span className="flex flex-col">
                <label htmlFor={ids.asOf} className="text-sm">
                  Policies as archived on or before
                </label>
                <input
                  id={ids.asOf}
                  type="date"
                  name="asOf"
                  min="1995-01-01"
                  key={state.asOf ?? 'newest'}
                  defaultValue={state.asOf ?? ''}
                  className="w-44 rounded-md border border-slate-400 bg-white px-2 py-1 text-sm"
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') {
                      e.preventDefault();
                      showAsOf(e.currentTarget.value);
                    }
                  }}
                />
              </span>
              <button type="button" className="toolbar-button" onClick={(e) => showAsOf((e.currentTarget.form?.elements.namedItem('asOf') as HTMLInputElement | null)?.value)}>
                Show as of this date
              </button>
              <button type="button" disabled={!state.asOf} onClick={() => update({ ...state, asOf: null })} className="toolbar-button">
                Newest versions
              </button>
              <button type="button" onClick={() => update({ ...EMPTY_GRID_STATE, compact: state.compact })} className="toolbar-button">
                Clear all choices
              </button>
            </div>
          </div>
        ) : (
          <p className="mt-2 text-sm text-slate-800">These filters need JavaScript; without it, the grid shows its default view.</p>
        )}
      </details>
      <a className="toolbar-link" href={matrixCsvUrl(state)} download>
        Download as CSV
      </a>
    </form>
  );
}
