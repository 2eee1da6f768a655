import type { Corpus, CorpusStanceChange } from './validate';

/**
 * Stage 4: where each topic's stance differs between consecutive versions of an insurer's policy.
 * Pure and total: a validated corpus always has a history (possibly empty).
 */
export function withHistory(corpus: Corpus): Corpus {
  const changes: CorpusStanceChange[] = [];
  for (const insurer of corpus.insurers) {
    insurer.versions.forEach((version, i) => {
      const previous = insurer.versions[i - 1];
      if (!previous) return;
      for (const cell of version.practices) {
        const before = previous.practices.find((p) => p.topicSlug === cell.topicSlug);
        if (before && before.stance !== cell.stance)
          changes.push({ insurer: insurer.meta.slug, topic: cell.topicSlug, from: previous.date, to: version.date, fromStance: before.stance, toStance: cell.stance });
      }
    });
  }
  return { ...corpus, changes };
}
