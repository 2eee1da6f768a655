import type { PolicyDTO } from '@/lib/dto';
import { formatStatedDate } from '@/lib/format';
import { historyUrl, insurerUrl } from '@/lib/urls';

/** Which version this page shows, and every other version of the same policy. */
export function VersionNav({ policy }: { policy: PolicyDTO }) {
  const newest = policy.versions[policy.versions.length - 1];
  const verb = policy.capture === 'archive' ? 'archived' : 'collected';
  return (
    <nav aria-labelledby="versions-heading" className="rounded-lg border border-slate-300 bg-white p-4 text-sm">
      <h2 id="versions-heading" className="text-base font-semibold">
        Versions of this policy
      </h2>
      <p className="mt-1" data-testid="version-status">
        {policy.isLatest ? (
          <>
            You are reading the newest version ({verb} {formatStatedDate(policy.archivedOn)})
            {policy.versions.length > 1 ? ` of ${policy.versions.length}.` : ', the only one on file.'}
          </>
        ) : (
          <>
            You are reading an older version, {verb} {formatStatedDate(policy.archivedOn)}.{' '}
            {newest ? (
              <a href={insurerUrl(policy.insurer.slug)} className="font-medium text-blue-800 underline underline-offset-2">
                Read the newest version ({formatStatedDate(newest.archivedOn)})
              </a>
            ) : null}
          </>
        )}
      </p>
      {policy.versions.length > 1 ? (
        <ol className="mt-2 flex flex-wrap gap-2">
          {policy.versions.map((v) => (
            <li key={v.archivedOn}>
              {v.archivedOn === policy.archivedOn ? (
                <span aria-current="page" className="inline-block rounded-md border border-slate-700 bg-slate-800 px-2 py-0.5 font-medium text-white">
                  {formatStatedDate(v.archivedOn)}
                </span>
              ) : (
                <a href={v.url} className="inline-block rounded-md border border-blue-700 px-2 py-0.5 text-blue-900 underline underline-offset-2">
                  {formatStatedDate(v.archivedOn)}
                  {v.isLatest ? ' (newest)' : ''}
                </a>
              )}
            </li>
          ))}
        </ol>
      ) : null}
      <p className="mt-2">
        <a href={historyUrl(policy.insurer.slug)} className="text-blue-800 underline underline-offset-2">
          History: what changed between versions
        </a>
      </p>
    </nav>
  );
}
