import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parsePolicy } from '../ingest/parse';
import { quoteInClause } from '../ingest/quotes';
import { InsurersFileSchema } from '../schemas';
import { isNegated } from './negation';
import { readTaxonomy, SEEDS_DIR } from './policy-file';
import { loadRules } from './rules';
import { splitSentences } from './sentences';
import { suggestPolicy, type Suggestion } from './suggest';

const taxonomy = readTaxonomy();
const rules = loadRules(taxonomy);
const topics = taxonomy.map((t) => t.slug);

/** Suggestions for a small policy written as plain text: a title, then "Heading" and paragraph lines. */
function suggestText(text: string): Map<string, Suggestion> {
  const policy = parsePolicy(text, { file: 't.txt', format: 'text' });
  return new Map(suggestPolicy({ policy, rawText: text }, rules, topics).map((s) => [s.topic, s]));
}

describe('negation', () => {
  const negated = (sentence: string, word: string) => isNegated(sentence, sentence.indexOf(word), rules.negation);

  it('reads "does not sell" as not selling, and "may sell" as selling', () => {
    expect(negated('We do not sell your information.', 'sell')).toBe(true);
    expect(negated('We may sell your information.', 'sell')).toBe(false);
    expect(suggestText('Privacy\nSale\nWe do not sell your personal information to anyone.\n').get('sale')!.stance).toBe('does-not-sell');
    expect(suggestText('Privacy\nSale\nWe may sell your personal information to other companies.\n').get('sale')!.stance).toBe('may-sell');
  });

  it('carries a negation across a list of verbs: "will not sell, license, transmit or disclose"', () => {
    const s = 'Personal information will not be sold, licensed, transmitted or disclosed outside the company.';
    expect(negated(s, 'licensed')).toBe(true);
    expect(negated(s, 'disclosed')).toBe(true);
    expect(suggestText(`Privacy\nOur promise\nWe will not sell, license, transmit or disclose your personal information.\n`).get('sale')!.stance).toBe('does-not-sell');
  });

  it('does not let "not only", "not limited to" or a new clause negate what follows', () => {
    expect(negated('We share information including, but not limited to, your name with partners.', 'share')).toBe(false);
    expect(negated('We use, including but not limited to, cookies.', 'cookies')).toBe(false);
    expect(negated('This information is not personally identifiable and is used to improve the site.', 'used')).toBe(false);
    expect(negated('If you do not want cookies, we still use cookies.', 'use')).toBe(false);
  });

  it('reads Do Not Track refusals as not honoured, whatever the wording', () => {
    for (const sentence of [
      'We do not currently respond to Do Not Track signals.',
      'Our site does not honor "do not track" requests.',
      'We never alter our practices when we receive a DNT signal.',
      'There is no common industry standard for Do Not Track, so our site ignores such signals.',
    ])
      expect(suggestText(`Privacy\nTracking\n${sentence}\n`).get('dnt')!.stance, sentence).toBe('not-honored');
    expect(suggestText('Privacy\nTracking\nWe honor Do Not Track signals set in your browser.\n').get('dnt')!.stance).toBe('honored');
  });
});

describe('scope', () => {
  it('does not take a linked site’s practices, described under their own policies, for the insurer’s', () => {
    const s = suggestText(
      'Privacy\nLinks\nOther web sites we link to may use cookies and sell information under their own privacy policies.\n',
    );
    expect(s.get('cookies')!.stance).toBe('not-addressed');
    expect(s.get('sale')!.stance).toBe('not-addressed');
  });

  it('ignores everything in a section about links to other sites', () => {
    const s = suggestText('Privacy\nLinks to Other Sites\nThose sites may place third-party cookies and may sell your data.\n');
    expect(s.get('cookies')!.stance).toBe('not-addressed');
    expect(s.get('sale')!.stance).toBe('not-addressed');
  });

  it('counts a partner acting through the insurer’s own site', () => {
    expect(suggestText('Privacy\nCookies\nOur advertising partners may place cookies on your browser when you visit our site.\n').get('cookies')!.stance).toBe('third-party');
  });

  it('does not read a consent-gated list ("requires your authorization to: … sell") as a practice', () => {
    const s = suggestText('Privacy\nAuthorization\nWe require your written authorization to:\n• Use your information for marketing\n• Sell your personal information\n');
    expect(s.get('sale')!.stance).not.toBe('may-sell');
  });
});

describe('wordings beyond the obvious cue', () => {
  const stance = (body: string, topic: string) => suggestText(`Privacy\nSection\n${body}\n`).get(topic)!.stance;

  it('keeps a clause about the insurer’s own site even under a heading about links', () => {
    const s = suggestText('Privacy\nLinks to Other Sites\nWe may occasionally use other companies to set cookies on our web site and gather cookie information for us.\n');
    expect(s.get('cookies')!.stance).toBe('third-party');
  });

  it('carries a negation across a longer list of verbs', () => {
    expect(stance('We do not store, share, disclose or use this data to serve advertisements.', 'advertising')).not.toBe('third-party-ads');
  });

  it('does not read a sale of the business as selling personal information', () => {
    expect(stance('We may sell or transfer customer information as an asset of the company in a merger or acquisition.', 'sale')).toBe('not-addressed');
  });

  it('does not read changes to the site’s content as changes to the policy', () => {
    expect(stance('Information on this website may be changed or updated at any time without notice.', 'policy-changes')).toBe('not-addressed');
    expect(stance('We may change this privacy policy at any time without notice.', 'policy-changes')).toBe('posted-without-notice');
    expect(stance('We will post a notice on our site before the changes take effect.', 'policy-changes')).toBe('advance-notice');
  });

  it('reads refused guarantees for what travels over the internet as a warning', () => {
    expect(stance('We cannot guarantee the security of information you send to us over the Internet.', 'email-security')).toBe('warns');
  });

  it('reads a way to reach the insurer as a contact even in a sentence with a negation', () => {
    expect(stance('If you believe we have not followed this statement, please contact us by telephone.', 'contact')).toBe('general-contact');
    expect(stance('Questions about this policy may be sent to our Privacy Officer.', 'contact')).toBe('privacy-office');
  });

  it('reads cookies that end with the session as session-only', () => {
    expect(stance('Our cookies are deactivated when you log off.', 'cookies')).toBe('session-only');
  });

  it('reads a pointer to the Notice of Privacy Practices as referring to it', () => {
    expect(stance('Health information you give us is protected as described in our Notice of Privacy Practices.', 'user-rights')).toBe('refers-to-notice');
  });
});

describe('defaults and output', () => {
  it('says not-addressed, with no citations, when the policy is silent on a topic', () => {
    const s = suggestText('Privacy\nAbout us\nWe are a health plan in Massachusetts.\n');
    for (const topic of topics) {
      expect(s.get(topic)!.stance).toBe('not-addressed');
      expect(s.get(topic)!.citations).toEqual([]);
      expect(s.get(topic)!.confidence).toBeGreaterThan(0.5);
    }
  });

  it('gives each suggestion a confidence between 0 and 1, at most three citations and a reason', () => {
    const s = suggestText('Privacy\nCookies\nWe use cookies to remember you. Google Analytics sets cookies too. We use session cookies. Our cookies are safe.\n');
    for (const cell of s.values()) {
      expect(cell.confidence).toBeGreaterThanOrEqual(0);
      expect(cell.confidence).toBeLessThanOrEqual(1);
      expect(cell.citations.length).toBeLessThanOrEqual(3);
      expect(cell.why.length).toBeGreaterThan(5);
    }
    expect(s.get('cookies')!.stance).toBe('third-party');
  });

  it('splits sentences without breaking at common abbreviations', () => {
    expect(splitSentences('We use cookies, e.g. session cookies. We do not sell data.').map((s) => s.text)).toEqual([
      'We use cookies, e.g. session cookies.',
      'We do not sell data.',
    ]);
  });
});

const insurers = InsurersFileSchema.parse(parse(readFileSync(path.join(SEEDS_DIR, 'insurers.yaml'), 'utf8'))).insurers;
const versions = insurers.flatMap((i) => i.versions);

describe.each(versions.map((v) => [v.file, v] as const))('every quote is verbatim: %s', (file, v) => {
  it('cites only text that occurs word for word in the clause it names', () => {
    const rawText = readFileSync(path.join(SEEDS_DIR, file), 'utf8');
    const policy = parsePolicy(rawText, { file, format: v.format, furniture: v.furniture ?? [] });
    const clauses = new Map(policy.clauses.map((c) => [c.key, c]));
    const started = performance.now();
    const cells = suggestPolicy({ policy, rawText }, rules, topics);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(cells.map((c) => c.topic)).toEqual(topics);
    for (const cell of cells) {
      expect(taxonomy.find((t) => t.slug === cell.topic)!.stances).toContain(cell.stance);
      if (cell.stance === 'not-addressed') expect(cell.citations).toEqual([]);
      else expect(cell.citations.length).toBeGreaterThan(0);
      for (const c of cell.citations) expect(quoteInClause(c.quote, clauses.get(c.clauseKey)!, rawText), `${cell.topic}: ${c.quote}`).toBe(true);
    }
  });
});

describe('npm run suggest -- <file> --json', () => {
  it('prints exactly one JSON object: the file and one cell per topic, in the documented shape', () => {
    const file = path.join('seeds', versions[0]!.file);
    const out = execFileSync(path.join('node_modules', '.bin', 'tsx'), ['scripts/suggest.ts', file, '--json'], { encoding: 'utf8' });
    const body = JSON.parse(out) as { file: string; cells: Record<string, unknown>[] };
    expect(Object.keys(body)).toEqual(['file', 'cells']);
    expect(body.file).toBe(file);
    expect(body.cells.map((c) => c.topic)).toEqual(topics);
    for (const c of body.cells) {
      expect(Object.keys(c)).toEqual(['topic', 'stance', 'confidence', 'citations', 'why']);
      expect(typeof c.confidence).toBe('number');
      for (const cite of c.citations as Record<string, unknown>[]) expect(Object.keys(cite)).toEqual(['clauseKey', 'quote']);
    }
    expect(out.trim().split('\n')).toHaveLength(1);
  });
});
