import type { CompiledRules } from './rules';

const TOKEN = /[a-z0-9’']+|[,;:()]/g;

/**
 * Whether the word at `anchor` in the sentence is negated: a negator ("not", "never", "n't", …) within
 * the window before it, in the same clause. "We do not share, sell or rent" negates all three verbs;
 * "not only", "but", "however", and a new clause after "and"/"or"/"," end a negation's reach.
 */
export function isNegated(sentence: string, anchor: number, negation: CompiledRules['negation']): boolean {
  const tokens = sentence.slice(0, anchor).toLowerCase().replace(/’/g, "'").match(TOKEN) ?? [];
  let seen = 0;
  for (let i = tokens.length - 1; i >= 0 && seen < negation.window; i -= 1) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (token === ';' || token === ':' || token === '(' || token === ')') return false;
    if (negation.resets.has(token)) return false;
    if ((token === 'and' || token === 'or' || token === ',') && next && negation.clauseStarters.has(next)) return false;
    if (token === ',') continue;
    seen += 1;
    if (negation.negators.has(token) || token.endsWith("n't")) {
      if (next && negation.pseudo.has(next)) continue;
      return true;
    }
  }
  return false;
}
