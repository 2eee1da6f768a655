'use client';

import { useEffect, useState } from 'react';
import { isClauseKey } from '@/lib/slug';

/** The fragment as the page's id, or null when it is not valid percent-encoding ("#%", "#%zz"). */
function fragment(): string | null {
  try {
    return decodeURIComponent(window.location.hash.slice(1));
  } catch {
    return null;
  }
}

/**
 * Deep links are fragments (#clause-key), which the server never sees: this leaf moves focus to the
 * opened clause (the :target style highlights it) and says so plainly when a fragment that looks like
 * a clause key names no clause here. Other fragments (the skip link, section anchors, malformed ones)
 * are left to the browser.
 */
export function ClauseTarget({ policyName, historyHref }: { policyName: string; historyHref: string }) {
  const [missing, setMissing] = useState<string | null>(null);
  useEffect(() => {
    const check = () => {
      const key = fragment();
      if (!key) return setMissing(null);
      const el = document.getElementById(key);
      if (el?.classList.contains('clause')) {
        setMissing(null);
        el.focus({ preventScroll: true });
        el.scrollIntoView({ block: 'center' });
        return;
      }
      setMissing(!el && isClauseKey(key) ? key : null);
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
        {/* The fragment is not echoed: a link's words should not appear on the page as if the site said them. */}
        The paragraph this link points to is not in {policyName}. The link may be mistyped, or meant for another version of the policy (
        <a href={historyHref} className="underline underline-offset-2">
          every version
        </a>
        ); the full text is below.
      </p>
    </div>
  );
}
