import { InsurersFileSchema } from '../schemas';
import { parsePolicy, type ParsedPolicy } from './parse';
import type { SeedBundle, SeedFile } from './read';
import { parseTaxonomy, parseYamlSeed, type TaxonomyTopic, type YamlSeed } from './seed-syntax';

/** Stage 2: the syntax of every seed file. Nothing here checks that the files agree with each other. */
export interface ParsedSeed {
  taxonomy: { file: string; topics: TaxonomyTopic[] };
  topicGuide: YamlSeed;
  insurers: YamlSeed;
  sources?: YamlSeed;
  tracking?: YamlSeed;
  annotations: YamlSeed[];
  /** Every policy text that insurers.yaml names, parsed with the format and furniture it gives. */
  policies: Map<string, { source: SeedFile; policy: ParsedPolicy }>;
  /** All policy files of the folder, for "file not found" and "listed nowhere" checks. */
  policyFiles: Map<string, SeedFile>;
}

/**
 * Throws SeedSyntaxError (YAML or the taxonomy table) or ParseError (a policy text), naming file and
 * line. Policies are parsed only when insurers.yaml has a valid shape; otherwise validation reports it.
 */
export function parseSeed(bundle: SeedBundle): ParsedSeed {
  const taxonomy = { file: bundle.taxonomy.path, topics: parseTaxonomy(bundle.taxonomy) };
  const topicGuide = parseYamlSeed(bundle.topicGuide);
  const insurers = parseYamlSeed(bundle.insurers);
  const annotations = bundle.annotations.map(parseYamlSeed);
  const policies: ParsedSeed['policies'] = new Map();
  const metas = InsurersFileSchema.safeParse(insurers.data);
  if (metas.success) {
    for (const version of metas.data.insurers.flatMap((i) => i.versions)) {
      const source = bundle.policies.get(version.file);
      if (!source || policies.has(version.file)) continue;
      // A policy that cannot be parsed stops the seed with its own ParseError (file and line).
      policies.set(version.file, { source, policy: parsePolicy(source.text, { file: source.path, format: version.format, furniture: version.furniture ?? [] }) });
    }
  }
  return {
    taxonomy, topicGuide, insurers, annotations, policies, policyFiles: bundle.policies,
    ...(bundle.sources ? { sources: parseYamlSeed(bundle.sources) } : {}),
    ...(bundle.tracking ? { tracking: parseYamlSeed(bundle.tracking) } : {}),
  };
}
