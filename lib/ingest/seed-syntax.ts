import { LineCounter, parseDocument, isNode } from 'yaml';
import { SeedSyntaxError, type SeedProblem } from './errors';
import { slugify } from './parse';
import type { SeedFile } from './read';

export interface YamlSeed {
  file: string;
  data: unknown;
  /** Line of the value at a path, or of its nearest existing ancestor (for missing fields). */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

export function parseYamlSeed(seed: SeedFile): YamlSeed {
  const lineCounter = new LineCounter();
  const doc = parseDocument(seed.text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    throw new SeedSyntaxError(
      doc.errors.map((e) => ({ file: seed.path, line: e.linePos?.[0].line, message: e.message.split('\n')[0]! })),
    );
  }
  return {
    file: seed.path,
    data: doc.toJS() as unknown,
    lineOf(path) {
      for (let n = path.length; n >= 0; n -= 1) {
        const node: unknown = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as unknown[], true);
        if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
      }
      return undefined;
    },
  };
}

export interface TaxonomyTopic {
  slug: string;
  question: string;
  groupName: string;
  groupSlug: string;
  stances: string[];
  line: number;
}

/** Reads the product spec's Markdown table: | group | topic slug | question | stance values |. */
export function parseTaxonomy(seed: SeedFile): TaxonomyTopic[] {
  const problems: SeedProblem[] = [];
  const topics: TaxonomyTopic[] = [];
  let headerSeen = false;
  seed.text.split('\n').forEach((text, i) => {
    const line = i + 1;
    if (!text.trim().startsWith('|')) return;
    const cells = text.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
    if (!headerSeen) {
      headerSeen = true;
      const expected = ['group', 'topic slug', 'question', 'stance values'];
      if (cells.join('|').toLowerCase() !== expected.join('|'))
        problems.push({ file: seed.path, line, message: `table header must be | ${expected.join(' | ')} |` });
      return;
    }
    if (cells.every((c) => /^:?-+:?$/.test(c))) return;
    const [groupName, slug, question, stanceList] = cells;
    if (cells.length !== 4 || !groupName || !slug || !question || !stanceList) {
      problems.push({ file: seed.path, line, message: 'a topic row needs 4 non-empty cells' });
      return;
    }
    const stances = stanceList.split(',').map((s) => s.trim()).filter(Boolean);
    topics.push({ slug, question, groupName, groupSlug: slugify(groupName), stances, line });
  });
  if (!headerSeen) problems.push({ file: seed.path, message: 'no topic table found' });
  if (problems.length > 0) throw new SeedSyntaxError(problems);
  return topics;
}
