'use client';

import { useEffect, useRef } from 'react';
import { searchPath } from '@/lib/urls';

/**
 * The header's search box. The layout is shared by prerendered pages, so the query a results page was
 * asked for is filled in once the page runs; without JavaScript the results page's own form shows it.
 */
export function HeaderSearch() {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (window.location.pathname === searchPath() && input.current) input.current.value = new URLSearchParams(window.location.search).get('q') ?? '';
  }, []);
  return (
    <form role="search" aria-label="Site search" method="get" action={searchPath()} className="flex items-center gap-2">
      <label htmlFor="site-search" className="sr-only">
        Search policies
      </label>
      <input ref={input} id="site-search" name="q" type="search" maxLength={500} placeholder="Search every policy" className="min-w-0 flex-1 rounded-md border border-slate-400 px-2 py-1 text-sm sm:w-64 sm:flex-none" />
      <button type="submit" className="rounded-md border border-blue-800 px-2 py-1 text-sm font-medium text-blue-900">
        Search
      </button>
    </form>
  );
}
