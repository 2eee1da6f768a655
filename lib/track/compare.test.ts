import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../ingest/parse';
import { checkLength, policyWords, sameWords, TextCheckError } from './compare';
import { fetchedText } from './provenance';

const archived = `> *The following text is extracted and transformed from the acme.example privacy policy that was archived on 2020-02-01. Please check the [original snapshot on the Wayback Machine](https://web.archive.org/web/20200201000000id_/https%3A//acme.example/privacy) for the most accurate reproduction.*

# Acme privacy

We collect   your
name and address.

Back to Top

## Sharing

* We **never** sell it.
`;

describe('whether the words changed', () => {
  const words = (text: string, format: 'markdown' | 'text' = 'markdown') => policyWords(parsePolicy(text, { file: 't', format }));

  it('ignores markup, the provenance line, furniture lines and white space', () => {
    const live = fetchedText('https://acme.example/privacy', '2026-12-01', '# Acme privacy\n\nWe collect your name and address.\n\n### Sharing\n\n- We never sell it.');
    expect(words(archived)).toEqual(['Acme privacy', 'We collect your name and address.', 'Sharing', 'We never sell it.']);
    expect(sameWords(words(live), words(archived))).toBe(true);
    // The same words as a plain-text policy.
    expect(sameWords(words('Acme privacy\nWe collect your name and address.\nSharing\n• We never sell it.\n', 'text'), words(archived))).toBe(true);
  });

  it('sees a changed sentence, a new clause and a moved heading', () => {
    expect(sameWords(words('# Acme privacy\n\nWe collect your name.\n\n## Sharing\n\n* We never sell it.'), words(archived))).toBe(false);
    expect(sameWords(words('# Acme privacy\n\nWe collect your name and address.\n\n## Sharing\n\n* We never sell it.\n* We share it with doctors.'), words(archived))).toBe(false);
    expect(sameWords(words('# Acme privacy\n\n## Sharing\n\nWe collect your name and address.\n\n* We never sell it.'), words(archived))).toBe(false);
  });

  it('counts no heading for text before the first one', () => {
    expect(words('We collect your name.\n\n## Sharing\n\nNever sold.')).toEqual(['We collect your name.', 'Sharing', 'Never sold.']);
  });

  it('refuses a text under 500 characters or under 30% of the newest version', () => {
    const long = ['x'.repeat(3000)];
    expect(() => checkLength('u', ['Access denied'], long)).toThrow(TextCheckError);
    expect(() => checkLength('u', ['y'.repeat(800)], long)).toThrow(/under 30% of the 3000/);
    expect(() => checkLength('u', ['y'.repeat(1000)], long)).not.toThrow();
    expect(() => checkLength('u', ['y'.repeat(600)], undefined)).not.toThrow();
  });
});
