import type { CitationDTO } from '@/lib/dto';

/**
 * A verbatim quote, with the words that introduce its list when it is a list item: "Sell your PII."
 * alone reads as permission where the policy says "requires your authorization to:" before it. The
 * lead-in is set apart (smaller, with "…") so it is never taken for part of the quote.
 */
export function QuoteBlock({ citation, size = 'base' }: { citation: Pick<CitationDTO, 'quote' | 'leadIn' | 'url'>; size?: 'base' | 'sm' }) {
  return (
    <blockquote cite={citation.url} className={`border-l-4 border-blue-700 bg-white px-3 py-2 text-slate-900 ${size === 'sm' ? 'text-sm' : ''}`}>
      {citation.leadIn ? (
        <span className="lead-in block text-sm text-slate-700">
          <span className="sr-only">Introduced by: </span>
          {citation.leadIn} …
        </span>
      ) : null}
      “{citation.quote}”
    </blockquote>
  );
}
