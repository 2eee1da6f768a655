'use client';

import { useState } from 'react';

/** Copies the absolute deep link of a clause. Falls back to selecting the link text if the clipboard is refused. */
export function CopyLinkButton({ path, label }: { path: string; label: string }) {
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  async function copy() {
    const url = new URL(path, window.location.href).toString();
    try {
      await navigator.clipboard.writeText(url);
      setCopied('done');
    } catch {
      setCopied('failed');
    }
    window.setTimeout(() => setCopied('idle'), 2500);
  }
  return (
    <span className="inline-flex items-center gap-1">
      <button type="button" onClick={() => void copy()} className="rounded border border-slate-400 bg-white px-1.5 py-0.5 text-xs font-medium text-slate-800 hover:bg-slate-100">
        Copy link<span className="sr-only"> to {label}</span>
      </button>
      <span role="status" className="text-xs text-slate-700">
        {copied === 'done' ? 'Link copied' : copied === 'failed' ? 'Could not copy; use the ¶ link' : ''}
      </span>
    </span>
  );
}
