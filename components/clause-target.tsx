'use client';

import { useEffect, useState } from 'react';

/**
 * Deep links are fragments (#clause-key), which the server never sees: this leaf moves focus to the
 * opened clause (the :target style highlights it) and says so plainly when the clause does not exist.
 */
export function ClauseTarget({ policyName }: { policyName: string }) {
  const [missing, setMissing] = useState<string | null>(null);
  useEffect(() => {
    const check = () => {
      const key = decodeURIComponent(window.location.hash.slice(1));
      if (!key) return setMissing(null);
      const el = document.getElementById(key);
      if (!el || !el.classList.contains('clause')) return setMissing(key);
      setMissing(null);
      el.focus({ preventScroll: true });
      el.scrollIntoView({ block: 'center' });
    };
    check();
    window.addEventListener('hashchange', check);
    return () => window.removeEventListener('hashchange', check);
  }, []);
  if (!missing) return null;
  return (
    <div role="alert" className="rounded-lg border border-red-700 bg-red-50 p-3 text-red-900">
      <p className="font-semibold">Clause not found</p>
      <p className="text-sm">
        There is no clause “{missing}” in {policyName}. The link may be mistyped or out of date; the full text is below.
      </p>
    </div>
  );
}
