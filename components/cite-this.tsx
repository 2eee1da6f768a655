'use client';

import { useEffect, useId, useState } from 'react';
import { citationText, type CitationInput } from '@/lib/cite';

/**
 * "Cite this": the plain-text citation, readable without JavaScript (its links are paths until the
 * page knows its own address, or absolute from the start when SITE_URL is set), and copied whole with
 * one button.
 */
export function CiteThis({ citation, siteOrigin }: { citation: CitationInput; siteOrigin: string }) {
  const [origin, setOrigin] = useState(siteOrigin);
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  const headingId = useId();
  useEffect(() => {
    if (!siteOrigin) setOrigin(window.location.origin);
  }, [siteOrigin]);
  const text = citationText(citation, origin);
  async function copy() {
    try {
      await navigator.clipboard.writeText(citationText(citation, origin || window.location.origin));
      setCopied('done');
    } catch {
      setCopied('failed');
    }
    window.setTimeout(() => setCopied('idle'), 3000);
  }
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-300 bg-white p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold">
          Cite this
        </h2>
        <span className="flex items-center gap-2">
          <button type="button" onClick={() => void copy()} className="rounded-md border border-blue-800 bg-white px-3 py-1 text-sm font-medium text-blue-900">
            Copy the citation
          </button>
          <span role="status" className="text-sm text-slate-700">
            {copied === 'done' ? 'Citation copied' : copied === 'failed' ? 'Could not copy: select the text below' : ''}
          </span>
        </span>
      </div>
      <pre className="mt-2 whitespace-pre-wrap break-words rounded bg-slate-50 p-3 font-sans text-sm leading-relaxed" data-testid="citation-text">
        {text}
      </pre>
    </section>
  );
}
