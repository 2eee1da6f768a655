import type { ParsedClause, ParsedPolicy, ParsedSection } from '../ingest/parse';
import { quoteInClause } from '../ingest/quotes';
import { isNegated } from './negation';
import type { CompiledCue, CompiledRules, CompiledTopic } from './rules';
import { splitSentences, type Sentence } from './sentences';

/**
 * Suggests one stance per topic from cue phrases (lib/suggest/rules.yaml), sentence by sentence: a
 * cue counts for its stance, for another stance when it is negated ("we do NOT sell") or not at all;
 * sentences about other sites' practices and consent-gated lists are out of scope. Deterministic and
 * offline; every quote is checked verbatim against its clause as the seed checks annotations.
 */
export interface Suggestion {
  topic: string;
  stance: string;
  confidence: number;
  citations: { clauseKey: string; quote: string }[];
  why: string;
}

interface Evidence {
  stance: string;
  weight: number;
  clause: ParsedClause;
  quote: string;
  cue: CompiledCue;
  negated: boolean;
  order: number;
}

interface InScopeSentence extends Sentence {
  clause: ParsedClause;
  /** A list item under a consent-gated lead-in ("requires your authorization to:"). */
  gated: boolean;
  order: number;
}

const MAX_QUOTE = 300;

/** The sentences the suggester reads: clauses outside other-site sections, minus other-site sentences. */
function inScopeSentences(policy: ParsedPolicy, rules: CompiledRules): InScopeSentence[] {
  const out: InScopeSentence[] = [];
  const sectionOf = new Map<string, ParsedSection>(policy.sections.map((s) => [s.key, s]));
  let leadIn: ParsedClause | undefined;
  for (const clause of policy.clauses) {
    if (clause.duplicateOfKey) continue;
    if (clause.kind !== 'list-item') leadIn = clause;
    const section = sectionOf.get(clause.sectionKey);
    // A clause under an "other sites" heading is about those sites, unless it speaks of the insurer's own
    // site (scraped pages often lose the heading that separated the two).
    if (section && clause.sectionKey !== 'overview' && rules.scope.sections.test(section.heading) && !rules.scope.ownSite.test(clause.text)) continue;
    const gated = clause.kind === 'list-item' && !!leadIn && leadIn.sectionKey === clause.sectionKey && rules.scope.consentLeadIn.test(leadIn.text);
    for (const s of splitSentences(clause.text)) {
      if (rules.scope.sentences.some((re) => re.test(s.text))) continue;
      out.push({ ...s, clause, gated, order: out.length });
    }
  }
  return out;
}

/** Pieces of a sentence that cannot span markup: split at its links, then at clause punctuation. */
function pieces(sentence: InScopeSentence): { text: string; start: number }[] {
  let parts = [{ text: sentence.text, start: 0 }];
  for (const link of sentence.clause.links ?? []) {
    if (link.type !== 'link' || !link.text) continue;
    parts = parts.flatMap((p) => {
      const at = p.text.indexOf(link.text);
      if (at < 0) return [p];
      return [
        { text: p.text.slice(0, at), start: p.start },
        { text: link.text, start: p.start + at },
        { text: p.text.slice(at + link.text.length), start: p.start + at + link.text.length },
      ];
    });
  }
  const byPunctuation = parts.flatMap((p) =>
    [...p.text.matchAll(/[^,;:]+[,;:]?/g)].map((m) => ({ text: m[0], start: p.start + m.index })),
  );
  return [...parts, ...byPunctuation];
}

/**
 * The verbatim quote for a cue: the whole sentence when it is short and free of markup; otherwise the
 * best piece of it that is verbatim: one that holds the cue, then one about the topic, then the longest.
 */
function quoteFor(sentence: InScopeSentence, match: RegExpExecArray, topic: CompiledTopic, rawText: string): string | null {
  const ok = (q: string) => q.length >= 3 && q.length <= MAX_QUOTE && quoteInClause(q, sentence.clause, rawText);
  if (ok(sentence.text)) return sentence.text;
  const matchEnd = match.index + match[0].length;
  const ranked = pieces(sentence)
    .map((p) => {
      const lead = p.text.length - p.text.trimStart().length;
      return { text: p.text.trim().replace(/[,;:]$/, ''), start: p.start + lead };
    })
    .filter((p) => p.text.length >= 12 && ok(p.text))
    .map((p) => ({
      text: p.text,
      rank: (p.start < matchEnd && p.start + p.text.length > match.index ? 2 : 0) + (topic.mention.test(p.text) ? 1 : 0) + Math.min(p.text.length, 200) / 1000,
    }))
    .sort((a, b) => b.rank - a.rank);
  if (ranked[0]) return ranked[0].text;
  // A long sentence: a window of whole words around the cue.
  const from = Math.max(0, match.index - 100);
  const to = Math.min(sentence.text.length, matchEnd + 100);
  const window = sentence.text.slice(from, to).replace(from > 0 ? /^\S*\s+/ : /^/, '').replace(to < sentence.text.length ? /\s+\S*$/ : /$/, '').trim();
  if (ok(window)) return window;
  return ok(match[0].trim()) ? match[0].trim() : null;
}

function evidenceFor(topic: CompiledTopic, sentences: InScopeSentence[], rules: CompiledRules, rawText: string): Evidence[] {
  const found: Evidence[] = [];
  const documentMatches = (re: RegExp) => sentences.some((s) => re.test(s.text));
  const docCache = new Map<RegExp, boolean>();
  const docTest = (re: RegExp) => {
    if (!docCache.has(re)) docCache.set(re, documentMatches(re));
    return docCache.get(re)!;
  };
  for (const sentence of sentences) {
    if (!topic.mention.test(sentence.text)) continue;
    for (const cue of topic.cues) {
      const match = cue.cue.exec(sentence.text);
      if (!match) continue;
      if (cue.also && !cue.also.test(sentence.text)) continue;
      if (cue.unless?.test(sentence.text)) continue;
      if (cue.document && !docTest(cue.document)) continue;
      if (cue.documentNot && docTest(cue.documentNot)) continue;
      const anchor = match.index + (match.groups?.v !== undefined ? match[0].indexOf(match.groups.v) : 0);
      const negated = cue.negatable !== false && (sentence.gated || isNegated(sentence.text, anchor, rules.negation));
      const stance = negated ? cue.negated : cue.stance;
      if (!stance) continue;
      const quote = quoteFor(sentence, match, topic, rawText);
      if (!quote) continue;
      found.push({ stance, weight: cue.weight, clause: sentence.clause, quote, cue, negated, order: sentence.order });
    }
  }
  return found;
}

/** Evidence adds up with diminishing returns: the strongest cue counts fully, more cues a little. */
function score(items: Evidence[]): number {
  const weights = items.map((e) => e.weight).sort((a, b) => b - a);
  return (weights[0] ?? 0) + 0.25 * Math.min(weights.length - 1, 4);
}

function describe(e: Evidence): string {
  const cue = e.cue.source.length > 90 ? `${e.cue.source.slice(0, 87)}…` : e.cue.source;
  return `${e.negated ? 'negated cue' : 'cue'} /${cue}/ (weight ${e.weight}) in clause ${e.clause.key}`;
}

export function suggestTopic(topic: CompiledTopic, sentences: InScopeSentence[], rules: CompiledRules, rawText: string): Suggestion {
  const evidence = evidenceFor(topic, sentences, rules, rawText);
  const byStance = new Map<string, Evidence[]>();
  for (const e of evidence) byStance.set(e.stance, [...(byStance.get(e.stance) ?? []), e]);
  const scored = topic.precedence.map((stance) => ({ stance, score: score(byStance.get(stance) ?? []) }));
  // The widest exposure the text supports clearly wins; failing that, the best-supported stance.
  const winner = scored.find((s) => s.score >= 2) ?? [...scored].sort((a, b) => b.score - a.score).find((s) => s.score > 0);
  if (!winner) {
    const mentions = sentences.filter((s) => topic.mention.test(s.text)).length;
    return {
      topic: topic.slug,
      stance: 'not-addressed',
      confidence: mentions === 0 ? 0.85 : mentions <= 2 ? 0.6 : 0.45,
      citations: [],
      why: mentions === 0 ? `no sentence mentions the topic (/${topic.mention.source.slice(0, 60)}…/)` : `${mentions} sentence(s) mention the topic but no cue for a stance matched`,
    };
  }
  const chosen = [...(byStance.get(winner.stance) ?? [])].sort((a, b) => b.weight - a.weight || a.order - b.order);
  const citations: Suggestion['citations'] = [];
  for (const e of chosen) {
    if (citations.length === 3) break;
    if (citations.some((c) => c.quote === e.quote || (c.clauseKey === e.clause.key && (c.quote.includes(e.quote) || e.quote.includes(c.quote))))) continue;
    citations.push({ clauseKey: e.clause.key, quote: e.quote });
  }
  const rivals = scored.filter((s) => s.stance !== winner.stance && s.score > 0).length;
  const confidence = Math.max(0.3, Math.min(0.95, 0.55 + 0.12 * (winner.score - 2) - 0.1 * rivals + (winner.score >= 3 ? 0.1 : 0)));
  return {
    topic: topic.slug,
    stance: winner.stance,
    confidence: Math.round(confidence * 100) / 100,
    citations,
    why: `${describe(chosen[0]!)}${rivals ? `; also evidence for ${scored.filter((s) => s.stance !== winner.stance && s.score > 0).map((s) => s.stance).join(', ')}` : ''}`,
  };
}

/** One suggestion per topic, in the order given. */
export function suggestPolicy(input: { policy: ParsedPolicy; rawText: string }, rules: CompiledRules, topics: readonly string[]): Suggestion[] {
  const sentences = inScopeSentences(input.policy, rules);
  return topics.map((slug) => {
    const topic = rules.topics.get(slug);
    if (!topic) throw new Error(`no rules for topic ${slug}`);
    return suggestTopic(topic, sentences, rules, input.rawText);
  });
}
