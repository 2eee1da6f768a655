import type { PolicyDTO } from '@/lib/dto';
import { formatStatedDate } from '@/lib/format';
import { liveCheckText } from './live-check';

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
    [
      'Live policy',
      policy.sources.length ? (
        <ul className="flex flex-col gap-0.5">
          {policy.sources.map((s) => (
            <li key={s.url} data-testid="live-check">
              {liveCheckText(s.check, policy.archivedOn)} (
              <a href={s.url} rel="noreferrer noopener" className="break-all text-blue-800 underline underline-offset-2">
                {s.url}
              </a>
              )
            </li>
          ))}
        </ul>
      ) : (
        'No live address on file'
      ),
    ],
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
