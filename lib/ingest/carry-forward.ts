import type { ParsedPolicy } from './parse';
import { findQuoteClause } from './quotes';
import type { CorpusPractice } from './validate';

export interface CarryResult {
  /** Cells whose every quote still occurs verbatim in the new text, re-keyed to its clauses. */
  carried: CorpusPractice[];
  /** Topics whose earlier reading cannot be carried, with the reason a person must look again. */
  flagged: { topicSlug: string; reason: string }[];
}

/**
 * Carries a version's readings to a newer text of the same policy, as the best peers do: a cell read
 * by a person (reviewed, or itself carried) whose quotes all still occur verbatim becomes `carried`;
 * any other cell is flagged for review, never silently kept. Not-addressed cells have no quotes to
 * check, and silence can end with any new sentence, so they are flagged too.
 */
export function carryForward(previous: { date: string; practices: CorpusPractice[] }, next: { policy: ParsedPolicy; rawText: string }): CarryResult {
  const result: CarryResult = { carried: [], flagged: [] };
  for (const cell of previous.practices) {
    if (cell.review === 'suggested') {
      result.flagged.push({ topicSlug: cell.topicSlug, reason: `the ${previous.date} reading was never reviewed` });
      continue;
    }
    if (cell.citations.length === 0) {
      result.flagged.push({ topicSlug: cell.topicSlug, reason: `the ${previous.date} reading found nothing on this topic; the new text must be read again` });
      continue;
    }
    const rekeyed = cell.citations.map((c) => ({ quote: c.quote, clause: findQuoteClause(c.quote, next.policy.clauses, next.rawText) }));
    const missing = rekeyed.filter((c) => !c.clause);
    if (missing.length > 0) {
      result.flagged.push({ topicSlug: cell.topicSlug, reason: `quotes of the ${previous.date} reading no longer occur: “${missing.map((m) => m.quote).join('”, “')}”` });
      continue;
    }
    result.carried.push({
      topicSlug: cell.topicSlug,
      stance: cell.stance,
      summary: cell.summary,
      review: 'carried',
      carriedFrom: cell.review === 'carried' && cell.carriedFrom ? cell.carriedFrom : previous.date,
      citations: rekeyed.map((c) => ({ clauseKey: c.clause!.key, quote: c.quote })),
    });
  }
  return result;
}
