import { readFileSync } from 'node:fs';
import path from 'node:path';
import { detectFormat, parsePolicy, type ParsedPolicy, type PolicyFormat } from '../ingest/parse';
import { parseTaxonomy, type TaxonomyTopic } from '../ingest/seed-syntax';

export const SEEDS_DIR = path.join(import.meta.dirname, '..', '..', 'seeds');

/** The product spec's topics, read from the seed's taxonomy.md. */
export function readTaxonomy(seedsDir = SEEDS_DIR): TaxonomyTopic[] {
  return parseTaxonomy({ path: 'taxonomy.md', text: readFileSync(path.join(seedsDir, 'taxonomy.md'), 'utf8') });
}

/** Any archived policy file, parsed with the seed's own parser: Markdown when it reads as Markdown. */
export function readPolicyFile(file: string, options: { format?: PolicyFormat; furniture?: string[] } = {}): { rawText: string; policy: ParsedPolicy } {
  const rawText = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
  const format = options.format ?? (file.endsWith('.md') ? 'markdown' : detectFormat(rawText));
  return { rawText, policy: parsePolicy(rawText, { file, format, furniture: options.furniture ?? [] }) };
}
