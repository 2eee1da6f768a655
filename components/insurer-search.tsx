'use client';

import { useEffect, useId, useState } from 'react';
import type { InsurerDTO } from '@/lib/dto';

/** Finds insurers that are not on the grid's first page; shown only when the corpus is larger than it. */
export function InsurerSearch({ exclude, onAdd }: { exclude: Set<string>; onAdd: (insurer: InsurerDTO) => void }) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<{ insurers: InsurerDTO[]; total: number } | null>(null);
  const inputId = useId();

  useEffect(() => {
    if (query.trim().length < 2) {
      setResults(null);
      return;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      fetch(`/api/insurers?q=${encodeURIComponent(query.trim())}&limit=10`, { signal: controller.signal })
        .then((r) => r.json() as Promise<{ insurers: InsurerDTO[]; total: number }>)
        .then(setResults)
        .catch(() => undefined);
    }, 200);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  return (
    <div className="mt-2">
      <label htmlFor={inputId} className="text-sm font-medium">
        Find another insurer
      </label>
      <input
        id={inputId}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        className="ml-2 rounded-md border border-slate-400 px-2 py-1 text-sm"
        autoComplete="off"
      />
      {results ? (
        <div role="status" className="mt-1 text-sm">
          {results.total === 0 ? 'No insurer matches.' : `${results.total} match${results.total === 1 ? '' : 'es'}${results.total > results.insurers.length ? `, first ${results.insurers.length} shown` : ''}.`}
          <ul className="mt-1 flex flex-wrap gap-2">
            {results.insurers.map((i) => (
              <li key={i.slug}>
                <button
                  type="button"
                  disabled={exclude.has(i.slug)}
                  onClick={() => onAdd(i)}
                  className="rounded-md border border-blue-700 bg-white px-2 py-1 text-blue-900 disabled:border-slate-300 disabled:text-slate-600"
                >
                  {exclude.has(i.slug) ? `${i.name} (in grid)` : `Add ${i.name}`}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
