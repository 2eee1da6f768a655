import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { SuggestRulesSchema, type SuggestCue } from '../schemas';
import type { TaxonomyTopic } from '../ingest/seed-syntax';

export const RULES_FILE = path.join(import.meta.dirname, 'rules.yaml');

export interface CompiledCue extends Omit<SuggestCue, 'cue' | 'also' | 'unless' | 'document' | 'documentNot'> {
  stance: string;
  source: string;
  cue: RegExp;
  also?: RegExp;
  unless?: RegExp;
  document?: RegExp;
  documentNot?: RegExp;
}

export interface CompiledTopic {
  slug: string;
  mention: RegExp;
  precedence: string[];
  cues: CompiledCue[];
}

export interface CompiledRules {
  negation: { negators: Set<string>; pseudo: Set<string>; resets: Set<string>; clauseStarters: Set<string>; window: number };
  scope: { sections: RegExp; ownSite: RegExp; sentences: RegExp[]; consentLeadIn: RegExp };
  topics: Map<string, CompiledTopic>;
}

export class RulesError extends Error {
  override name = 'RulesError';
}

function compile(pattern: string, where: string): RegExp {
  try {
    return new RegExp(pattern, 'iu');
  } catch (e) {
    throw new RulesError(`${path.basename(RULES_FILE)} ${where}: not a valid pattern (${(e as Error).message})`);
  }
}

/**
 * Reads, checks and compiles the suggester's knowledge. With a taxonomy, every topic and stance must
 * be the taxonomy's and every topic must be covered, so the rules and the product spec cannot drift.
 */
export function loadRules(taxonomy?: TaxonomyTopic[], file = RULES_FILE): CompiledRules {
  const parsed = SuggestRulesSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new RulesError(parsed.error.issues.map((i) => `${path.basename(file)} ${i.path.join('.')}: ${i.message}`).join('\n'));
  const rules = parsed.data;
  const topics = new Map<string, CompiledTopic>();
  for (const [slug, t] of Object.entries(rules.topics)) {
    const known = taxonomy?.find((x) => x.slug === slug);
    if (taxonomy && !known) throw new RulesError(`${path.basename(file)} topics.${slug}: not a topic of the taxonomy`);
    const cues: CompiledCue[] = [];
    for (const [stance, list] of Object.entries(t.stances)) {
      if (known && !known.stances.includes(stance)) throw new RulesError(`${path.basename(file)} topics.${slug}.stances.${stance}: not a stance of ${slug}`);
      list.forEach((c, i) => {
        const where = `topics.${slug}.stances.${stance}[${i}]`;
        if (c.negated && known && !known.stances.includes(c.negated)) throw new RulesError(`${path.basename(file)} ${where}.negated: not a stance of ${slug}`);
        const { cue, also, unless, document, documentNot, ...rest } = c;
        cues.push({
          ...rest,
          stance,
          source: cue,
          cue: compile(cue, `${where}.cue`),
          ...(also ? { also: compile(also, `${where}.also`) } : {}),
          ...(unless ? { unless: compile(unless, `${where}.unless`) } : {}),
          ...(document ? { document: compile(document, `${where}.document`) } : {}),
          ...(documentNot ? { documentNot: compile(documentNot, `${where}.documentNot`) } : {}),
        });
      });
    }
    for (const s of t.precedence) if (!t.stances[s]) throw new RulesError(`${path.basename(file)} topics.${slug}.precedence: "${s}" has no cues`);
    topics.set(slug, { slug, mention: compile(t.mention, `topics.${slug}.mention`), precedence: t.precedence, cues });
  }
  if (taxonomy) for (const t of taxonomy) if (!topics.has(t.slug)) throw new RulesError(`${path.basename(file)}: no rules for topic ${t.slug}`);
  const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
  return {
    negation: {
      negators: lower(rules.negation.negators),
      pseudo: lower(rules.negation.pseudo),
      resets: lower(rules.negation.resets),
      clauseStarters: lower(rules.negation.clauseStarters),
      window: rules.negation.window,
    },
    scope: {
      sections: compile(rules.scope.sections, 'scope.sections'),
      ownSite: compile(rules.scope.ownSite, 'scope.ownSite'),
      sentences: rules.scope.sentences.map((s, i) => compile(s, `scope.sentences[${i}]`)),
      consentLeadIn: compile(rules.scope.consentLeadIn, 'scope.consentLeadIn'),
    },
    topics,
  };
}
