import { diffArrays, diffWords } from 'diff';
import { foldTypography } from '../text-fold';

/**
 * Clause-level comparison of two versions of a policy, on the `diff` library. Texts are compared as a
 * reader would: typographic variants (curly or straight quotes, dashes, white space) are the same
 * text. Equal clauses are aligned as sequences; then every clause left over on one side is paired
 * with its most similar counterpart on the other, wherever it moved (policies get reorganized:
 * Cigna's 2001 FAQ rewrote its 2000 statement), best pairs first, each clause once; paired clauses
 * are one clause changed, with the changed words marked.
 */
export interface ClauseRef {
  key: string;
  section: string;
  text: string;
  /** Topics whose reading of that version cites the clause. */
  topics?: { slug: string; name: string }[];
}

export type WordOp = 'same' | 'added' | 'removed';

export type ClauseChange =
  | { kind: 'unchanged'; from: ClauseRef; to: ClauseRef }
  | { kind: 'added'; to: ClauseRef }
  | { kind: 'removed'; from: ClauseRef }
  | { kind: 'changed'; from: ClauseRef; to: ClauseRef; similarity: number; words: { text: string; op: WordOp }[] };

export interface Comparison {
  changes: ClauseChange[];
  counts: Record<ClauseChange['kind'], number>;
}

/** Words that say nothing about what a clause is about; two clauses sharing only these are not alike. */
const FUNCTION_WORDS = new Set(
  ('a an and are as at be been but by can do does for from has have how i if in into is it its may me my no not of on or our ours so such than that the their them then there these they this ' +
    'those to under unless us was we what when where which who will with would you your yours').split(' '),
);

/** A word without its common endings, so "links", "linked" and "link" count as one. */
function stem(word: string): string {
  return word.length <= 4 ? word : word.replace(/'s$/, '').replace(/(ing|ed|es|s)$/, '');
}

function words(s: string): Set<string> {
  return new Set((foldTypography(s).toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []).filter((w) => !FUNCTION_WORDS.has(w)).map(stem));
}

/** Share of words the two texts have in common (Jaccard), 0–1. */
export function similarity(a: string, b: string): number {
  return wordSimilarity(words(a), words(b));
}

/**
 * How alike two clauses' content words are: their Jaccard share, or, when a clause was split or merged
 * (one side's words mostly inside the other's, and not a short line inside a long paragraph), most of
 * that containment.
 */
function wordSimilarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let common = 0;
  for (const w of a) if (b.has(w)) common += 1;
  const jaccard = common / (a.size + b.size - common);
  const [smaller, larger] = a.size < b.size ? [a.size, b.size] : [b.size, a.size];
  const containment = smaller >= 6 && smaller / larger >= 0.35 ? common / smaller : 0;
  return Math.max(jaccard, 0.8 * containment);
}

/** Two clauses this alike are one clause edited, not one removed and another added. */
export const CHANGED_THRESHOLD = 0.4;

function wordChanges(from: ClauseRef, to: ClauseRef): { text: string; op: WordOp }[] {
  return diffWords(foldTypography(from.text), foldTypography(to.text)).map((p) => ({ text: p.value, op: p.added ? 'added' : p.removed ? 'removed' : 'same' }));
}

export function compareClauses(from: ClauseRef[], to: ClauseRef[]): Comparison {
  const folded = (c: ClauseRef) => foldTypography(c.text);
  // 1. Equal texts, aligned in order.
  const pairOfTo = new Map<number, { fromIndex: number; kind: 'unchanged' | 'changed'; score: number }>();
  const pairedFrom = new Set<number>();
  let fi = 0;
  let ti = 0;
  for (const part of diffArrays(from, to, { comparator: (a, b) => folded(a) === folded(b) })) {
    if (part.removed) fi += part.value.length;
    else if (part.added) ti += part.value.length;
    else
      for (let k = 0; k < part.value.length; k += 1, fi += 1, ti += 1) {
        pairOfTo.set(ti, { fromIndex: fi, kind: 'unchanged', score: 1 });
        pairedFrom.add(fi);
      }
  }
  // 2. The rest: most similar pairs first, wherever the clauses sit.
  const leftFrom = from.map((_, i) => i).filter((i) => !pairedFrom.has(i));
  const leftTo = to.map((_, i) => i).filter((i) => !pairOfTo.has(i));
  const fromWords = new Map(leftFrom.map((i) => [i, words(from[i]!.text)]));
  const toWords = new Map(leftTo.map((i) => [i, words(to[i]!.text)]));
  const candidates: { f: number; t: number; score: number }[] = [];
  for (const f of leftFrom)
    for (const t of leftTo) {
      const score = wordSimilarity(fromWords.get(f)!, toWords.get(t)!);
      if (score >= CHANGED_THRESHOLD) candidates.push({ f, t, score });
    }
  candidates.sort((a, b) => b.score - a.score || a.t - b.t || a.f - b.f);
  for (const { f, t, score } of candidates) {
    if (pairedFrom.has(f) || pairOfTo.has(t)) continue;
    pairOfTo.set(t, { fromIndex: f, kind: folded(from[f]!) === folded(to[t]!) ? 'unchanged' : 'changed', score });
    pairedFrom.add(f);
  }
  // 3. In the newer version's order; a removed clause follows the clause its predecessor is paired with.
  const slotOfFrom = new Map<number, number>();
  to.forEach((_, t) => {
    const pair = pairOfTo.get(t);
    if (pair) slotOfFrom.set(pair.fromIndex, t);
  });
  const removedAfter = new Map<number, number[]>();
  let anchor = -1;
  from.forEach((_, f) => {
    if (slotOfFrom.has(f)) anchor = Math.max(anchor, slotOfFrom.get(f)!);
    else removedAfter.set(anchor, [...(removedAfter.get(anchor) ?? []), f]);
  });
  const changes: ClauseChange[] = [];
  const pushRemoved = (slot: number) => {
    for (const f of removedAfter.get(slot) ?? []) changes.push({ kind: 'removed', from: from[f]! });
  };
  pushRemoved(-1);
  to.forEach((clause, t) => {
    const pair = pairOfTo.get(t);
    if (!pair) changes.push({ kind: 'added', to: clause });
    else if (pair.kind === 'unchanged') changes.push({ kind: 'unchanged', from: from[pair.fromIndex]!, to: clause });
    else changes.push({ kind: 'changed', from: from[pair.fromIndex]!, to: clause, similarity: pair.score, words: wordChanges(from[pair.fromIndex]!, clause) });
    pushRemoved(t);
  });
  const counts = { unchanged: 0, added: 0, removed: 0, changed: 0 };
  for (const c of changes) counts[c.kind] += 1;
  return { changes, counts };
}
