import type { Corpus } from '../ingest/validate';
import type { CompiledRules } from './rules';
import { suggestPolicy } from './suggest';

export interface TopicScore {
  topic: string;
  cells: number;
  agree: number;
  /** Cells where both the suggester and the reviewer cite something. */
  citedCells: number;
  /** Suggested quotes, over those cells, that lie in a clause the reviewer cited. */
  quotes: number;
  quotesInReviewedClause: number;
}

export interface EvalResult {
  versions: number;
  topics: TopicScore[];
  overall: { cells: number; agree: number; quotes: number; quotesInReviewedClause: number };
  disagreements: { insurer: string; version: string; topic: string; reviewed: string; suggested: string; confidence: number }[];
}

/**
 * Runs the suggester over every version of the corpus and compares it with the cells a person
 * reviewed (review: reviewed). The suggester learns nothing from the corpus, so every version is
 * unseen by it and no hold-out is needed.
 */
export function evaluate(corpus: Corpus, rules: CompiledRules): EvalResult {
  const topicSlugs = corpus.topics.map((t) => t.slug);
  const scores = new Map<string, TopicScore>(topicSlugs.map((t) => [t, { topic: t, cells: 0, agree: 0, citedCells: 0, quotes: 0, quotesInReviewedClause: 0 }]));
  const disagreements: EvalResult['disagreements'] = [];
  let versions = 0;
  for (const insurer of corpus.insurers) {
    for (const version of insurer.versions) {
      const reviewed = version.practices.filter((p) => p.review === 'reviewed');
      if (reviewed.length === 0) continue;
      versions += 1;
      const suggestions = suggestPolicy({ policy: version.policy, rawText: version.rawText }, rules, topicSlugs);
      for (const cell of reviewed) {
        const s = suggestions.find((x) => x.topic === cell.topicSlug)!;
        const score = scores.get(cell.topicSlug)!;
        score.cells += 1;
        if (s.stance === cell.stance) score.agree += 1;
        else disagreements.push({ insurer: insurer.meta.slug, version: version.date, topic: cell.topicSlug, reviewed: cell.stance, suggested: s.stance, confidence: s.confidence });
        if (s.citations.length > 0 && cell.citations.length > 0) {
          const cited = new Set(cell.citations.map((c) => c.clauseKey));
          score.citedCells += 1;
          score.quotes += s.citations.length;
          score.quotesInReviewedClause += s.citations.filter((c) => cited.has(c.clauseKey)).length;
        }
      }
    }
  }
  const topics = [...scores.values()];
  const sum = (f: (t: TopicScore) => number) => topics.reduce((n, t) => n + f(t), 0);
  return {
    versions,
    topics,
    overall: { cells: sum((t) => t.cells), agree: sum((t) => t.agree), quotes: sum((t) => t.quotes), quotesInReviewedClause: sum((t) => t.quotesInReviewedClause) },
    disagreements,
  };
}
