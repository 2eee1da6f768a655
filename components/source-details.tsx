import type { PolicyDTO } from '@/lib/dto';
import { formatStatedDate } from '@/lib/format';

/** Where the text comes from and which dates it states; absent facts are said to be absent. */
export function SourceDetails({ policy }: { policy: PolicyDTO }) {
  const rows: [string, React.ReactNode][] = [
    ['Document', policy.title],
    ['State', policy.insurer.state === 'US' ? 'National or multi-state' : policy.insurer.state],
    [
      'Source',
      policy.sourceUrl ? (
        <a href={policy.sourceUrl} rel="noreferrer noopener" className="break-all text-blue-800 underline underline-offset-2">
          {policy.sourceUrl}
        </a>
      ) : (
        'Not stated in the captured text'
      ),
    ],
    [
      { archive: 'Archived', fetched: 'Fetched', collected: 'Collected' }[policy.capture],
      policy.capture === 'archive' ? (
        <>
          {formatStatedDate(policy.archivedOn)}
          {policy.snapshotUrl ? (
            <>
              {' '}
              (
              <a href={policy.snapshotUrl} rel="noreferrer noopener" className="text-blue-800 underline underline-offset-2">
                archived snapshot
              </a>
              )
            </>
          ) : null}
        </>
      ) : policy.capture === 'fetched' ? (
        <>{formatStatedDate(policy.archivedOn)} (fetched from the live page by this project’s tracker)</>
      ) : (
        <>{formatStatedDate(policy.archivedOn)} (collected by this project; no web-archive snapshot)</>
      ),
    ],
    ['Last modified', policy.lastModifiedOn ? formatStatedDate(policy.lastModifiedOn) : 'Not stated'],
    ['Effective', policy.effectiveOn ? formatStatedDate(policy.effectiveOn) : 'Not stated'],
  ];
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
      {rows.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="font-semibold">{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
