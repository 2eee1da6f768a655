import type { CellDTO } from '@/lib/dto';
import { QuoteBlock } from './quote-block';

/** The verbatim quotes behind a cell, each linking to its clause in the version quoted. */
export function CitationQuotes({ cell, insurerName }: { cell: Pick<CellDTO, 'citations'>; insurerName: string }) {
  if (cell.citations.length === 0) {
    return <p className="text-sm text-slate-700">No clause is quoted: the policy does not address this question.</p>;
  }
  return (
    <ul className="flex flex-col gap-3">
      {cell.citations.map((c, i) => (
        <li key={`${c.clauseKey}-${i}`}>
          <figure>
            <QuoteBlock citation={c} />
            <figcaption className="mt-1 text-sm">
              <a href={c.url} className="target-link">
                Read this paragraph in the full text<span className="sr-only"> of {insurerName}’s policy</span>
              </a>{' '}
              <span className="text-slate-700">(section “{c.section}”)</span>
            </figcaption>
          </figure>
        </li>
      ))}
    </ul>
  );
}
