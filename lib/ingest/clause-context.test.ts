import { describe, expect, it } from 'vitest';
import { keysWithEarlierWording, leadInKeys, leadInText } from './clause-context';
import { parsePolicy } from './parse';

const parse = (text: string) => parsePolicy(text, { file: 'policy.md', format: 'markdown' });

describe('the lead-in of a list item', () => {
  it('is the paragraph the list follows, for every item of the list', () => {
    const { sections } = parse('# Policy\n\n## Rights\n\nThe Health Connector requires your authorization to:\n\n* Sell your PII.\n* Use it for marketing.\n\nAfter the list.\n');
    const rights = sections.find((s) => s.key === 'rights')!;
    expect([...leadInKeys(rights)]).toEqual([
      ['rights-2', 'rights-1'],
      ['rights-3', 'rights-1'],
    ]);
  });

  it('is the item a nested list hangs from', () => {
    const { sections } = parse('# Policy\n\n## Sharing\n\nWe share information with:\n\n* our affiliates, for:\n  * billing\n  * claims\n* contractors\n');
    const sharing = sections.find((s) => s.key === 'sharing')!;
    const byKey = new Map(sharing.clauses.map((c) => [c.key, c.text]));
    const leadIns = [...leadInKeys(sharing)].map(([item, lead]) => [byKey.get(item), byKey.get(lead)]);
    expect(leadIns).toEqual([
      ['our affiliates, for:', 'We share information with:'],
      ['billing', 'our affiliates, for:'],
      ['claims', 'our affiliates, for:'],
      ['contractors', 'We share information with:'],
    ]);
  });

  it('is nothing for a list right after a heading', () => {
    const { sections } = parse('# Policy\n\n## Rights\n\n* Sell your PII.\n');
    expect(leadInKeys(sections.find((s) => s.key === 'rights')!).size).toBe(0);
  });
});

describe('the words of a lead-in', () => {
  it('are the whole clause when short, else its last sentence, else the end of it', () => {
    expect(leadInText('The Health Connector requires your authorization to:')).toBe('The Health Connector requires your authorization to:');
    const long = `${'We collect many kinds of information in many ways, as this long paragraph explains at length. '.repeat(3)}We may share it with:`;
    expect(leadInText(long)).toBe('We may share it with:');
    const run = `${'word '.repeat(80)}with:`;
    expect(leadInText(run).length).toBeLessThanOrEqual(200);
    expect(leadInText(run)).toMatch(/^…word .* with:$/);
  });
});

describe('clauses whose key had other words in the previous version', () => {
  it('finds changed words, not typography, and not new keys', () => {
    const before = [{ key: 'a-1', text: 'We don’t sell data.' }, { key: 'a-2', text: 'Email is not secure.' }];
    const after = [{ key: 'a-1', text: "We don't  sell data." }, { key: 'a-2', text: 'Sign up for our newsletter.' }, { key: 'a-3', text: 'New.' }];
    expect([...keysWithEarlierWording(before, after)]).toEqual(['a-2']);
  });
});
