/**
 * A clause's "Copy link" button, rendered on the server as plain markup: one CopyLinks listener per
 * page (below) handles every button, so a 170-paragraph policy hydrates one component, not 170.
 */
export function CopyLinkButton({ path, label }: { path: string; label: string }) {
  return (
    <button type="button" data-copy-link={path} className="min-h-6 rounded border border-slate-400 bg-white px-1.5 py-0.5 text-xs font-medium text-slate-800 hover:bg-slate-100">
      Copy link<span className="sr-only"> to {label}</span>
    </button>
  );
}
