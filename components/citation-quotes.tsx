import type { CellDTO } from '@/lib/dto';

/** The verbatim quotes behind a cell, each linking to its clause in the full text. */
export function CitationQuotes({ cell, insurerName }: { cell: CellDTO; insurerName: string }) {
  if (cell.citations.length === 0) {
    return <p className="text-sm text-slate-700">No clause is quoted: the policy does not address this question.</p>;
  }
  return (
    <ul className="flex flex-col gap-3">
      {cell.citations.map((c, i) => (
        <li key={`${c.clauseKey}-${i}`}>
          <figure>
            <blockquote cite={c.url} className="border-l-4 border-blue-700 bg-white px-3 py-2 text-slate-900">
              “{c.quote}”
            </blockquote>
            <figcaption className="mt-1 text-sm">
              <a href={c.url} className="target-link">
                Read clause {c.clauseKey} in the full text<span className="sr-only"> of {insurerName}’s policy</span>
              </a>
            </figcaption>
          </figure>
        </li>
      ))}
    </ul>
  );
}
