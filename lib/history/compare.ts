import { diffArrays, diffWords } from 'diff';

/**
 * Clause-level comparison of two versions of a policy, on the `diff` library: clauses are aligned
 * as sequences (equal text, white space folded, is the same clause), and within each run of removed
 * and added clauses, pairs that share most of their words are one changed clause, with the changed
 * words marked.
 */
export interface ClauseRef {
  key: string;
  section: string;
  text: string;
}

export type WordOp = 'same' | 'added' | 'removed';

export type ClauseChange =
  | { kind: 'unchanged'; from: ClauseRef; to: ClauseRef }
  | { kind: 'added'; to: ClauseRef }
  | { kind: 'removed'; from: ClauseRef }
  | { kind: 'changed'; from: ClauseRef; to: ClauseRef; words: { text: string; op: WordOp }[] };

export interface Comparison {
  changes: ClauseChange[];
  counts: Record<ClauseChange['kind'], number>;
}

const fold = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();

function words(s: string): Set<string> {
  return new Set(fold(s).toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []);
}

/** Share of words the two texts have in common (Jaccard), 0–1. */
export function similarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.size === 0 && wb.size === 0) return 1;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common += 1;
  return common / (wa.size + wb.size - common);
}

/** Two clauses this alike are one clause edited, not one removed and another added. */
export const CHANGED_THRESHOLD = 0.4;

function pairRun(removed: ClauseRef[], added: ClauseRef[]): ClauseChange[] {
  const out: ClauseChange[] = [];
  let next = 0;
  for (const from of removed) {
    // Pair in document order: the best match at or after the last paired added clause.
    let best = -1;
    let bestScore = CHANGED_THRESHOLD;
    for (let j = next; j < added.length; j += 1) {
      const score = similarity(from.text, added[j]!.text);
      if (score >= bestScore) {
        best = j;
        bestScore = score;
      }
    }
    if (best < 0) {
      out.push({ kind: 'removed', from });
      continue;
    }
    for (; next < best; next += 1) out.push({ kind: 'added', to: added[next]! });
    const to = added[best]!;
    next = best + 1;
    const parts = diffWords(fold(from.text), fold(to.text));
    out.push({ kind: 'changed', from, to, words: parts.map((p) => ({ text: p.value, op: p.added ? 'added' : p.removed ? 'removed' : 'same' })) });
  }
  for (; next < added.length; next += 1) out.push({ kind: 'added', to: added[next]! });
  return out;
}

export function compareClauses(from: ClauseRef[], to: ClauseRef[]): Comparison {
  const parts = diffArrays(from, to, { comparator: (a, b) => fold(a.text) === fold(b.text) });
  const changes: ClauseChange[] = [];
  let removed: ClauseRef[] = [];
  let added: ClauseRef[] = [];
  let fromIndex = 0;
  let toIndex = 0;
  const flush = () => {
    changes.push(...pairRun(removed, added));
    removed = [];
    added = [];
  };
  for (const part of parts) {
    if (part.removed) {
      removed.push(...part.value);
      fromIndex += part.value.length;
    } else if (part.added) {
      added.push(...part.value);
      toIndex += part.value.length;
    } else {
      flush();
      // diffArrays reports the old side's items for a common run; pair them with the new side's.
      for (let k = 0; k < part.value.length; k += 1) changes.push({ kind: 'unchanged', from: from[fromIndex + k]!, to: to[toIndex + k]! });
      fromIndex += part.value.length;
      toIndex += part.value.length;
    }
  }
  flush();
  const counts = { unchanged: 0, added: 0, removed: 0, changed: 0 };
  for (const c of changes) counts[c.kind] += 1;
  return { changes, counts };
}
