import { isOld, yearOf } from '@/lib/age';

/**
 * Says in words when the text read is old: "2001 policy: it may no longer apply", with the address it
 * was captured from, where the insurer's current policy may be. Nothing for recent texts.
 */
export function PolicyAge({ archivedOn, sourceUrl, insurerName, compact = false }: { archivedOn: string; sourceUrl: string | null; insurerName: string; compact?: boolean }) {
  if (!isOld(archivedOn)) return null;
  const warning = `${yearOf(archivedOn)} policy: it may no longer apply`;
  if (compact) return <span className="age-note">{warning}</span>;
  return (
    <p className="age-note">
      <strong>{warning}.</strong> This text was captured more than five years ago.{' '}
      {sourceUrl ? (
        <a href={sourceUrl} rel="noreferrer noopener" className="underline underline-offset-2">
          Check {insurerName}’s current policy at the address it was captured from<span className="sr-only"> ({sourceUrl})</span>
        </a>
      ) : (
        <>Check {insurerName}’s website for its current policy.</>
      )}
    </p>
  );
}
