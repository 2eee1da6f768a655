import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { InsurersFileSchema } from '../schemas';
import { markdownInlineSegments, normalizeWhitespace, segmentsToText } from './inline';
import { ParseError, detectFormat, isBareHeading, parsePolicy, slugify, type ParsedPolicy } from './parse';

const seeds = path.join(import.meta.dirname, '..', '..', 'seeds');
const { insurers } = InsurersFileSchema.parse(parse(readFileSync(path.join(seeds, 'insurers.yaml'), 'utf8')));

function load(slug: string): { raw: string; policy: ParsedPolicy } {
  const meta = insurers.find((i) => i.slug === slug)!;
  const raw = readFileSync(path.join(seeds, meta.file), 'utf8');
  return { raw, policy: parsePolicy(raw, { file: meta.file, format: meta.format, furniture: meta.furniture ?? [] }) };
}

describe.each(insurers.map((i) => i.slug))('parsing the real policy of %s', (slug) => {
  const { raw, policy } = load(slug);

  it('finds sections and clauses with unique keys', () => {
    expect(policy.sections.length).toBeGreaterThanOrEqual(2);
    expect(policy.clauses.length).toBeGreaterThan(10);
    const keys = policy.clauses.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const c of policy.clauses) expect(c.key).toMatch(/^[a-z0-9-]+-\d+$/);
  });

  it('gives offsets that point at each clause in the raw text', () => {
    for (const c of policy.clauses) {
      const slice = raw.slice(c.start, c.end);
      const plain = policy.format === 'markdown' ? segmentsToText(markdownInlineSegments(slice.replace(/^\s*(?:[*+-]|\d+\.)\s+/gm, ''))) : slice;
      expect(normalizeWhitespace(plain)).toBe(normalizeWhitespace(c.text));
    }
  });

  it('keeps the parse stable across runs (same keys for the same text)', () => {
    const again = parsePolicy(raw, { file: 'x', format: policy.format, furniture: insurers.find((i) => i.slug === slug)!.furniture ?? [] });
    expect(again.clauses.map((c) => [c.key, c.start, c.end])).toEqual(policy.clauses.map((c) => [c.key, c.start, c.end]));
  });

  it('never lets page furniture or the provenance header into clause text', () => {
    for (const c of policy.clauses) {
      expect(c.text).not.toMatch(/^(Errors found|Status okay|Button Container)$/);
      expect(c.text).not.toContain('extracted and transformed from');
    }
  });
});

describe('format-specific structure', () => {
  it('Markdown: provenance header becomes metadata, headings become sections, links become text', () => {
    const { policy } = load('ma-health-connector');
    expect(policy.format).toBe('markdown');
    expect(policy.provenance).toEqual({
      domain: 'mahealthconnector.org',
      archivedOn: '2015-09-06',
      snapshotUrl: 'https://web.archive.org/web/20150906033102id_/https%3A//www.mahealthconnector.org/site-policies/privacy-policy',
      sourceUrl: 'https://www.mahealthconnector.org/site-policies/privacy-policy',
    });
    expect(policy.statedDates).toEqual({ lastModifiedOn: '2015-05-15', effectiveOn: '2015-05' });
    expect(policy.skipped.map((s) => s.reason)).toEqual(['provenance']);
    const security = policy.sections.find((s) => s.key === 'security')!;
    expect(security.heading).toBe('Security');
    expect(security.clauses[0]!.text).toMatch(/^Because e-mail sent to the Commonwealth is not encrypted/);
    const partnership = policy.clauses.find((c) => c.key === 'a-privacy-partnership-1')!;
    expect(partnership.text).toContain('subject to the Public Records Law, Massachusetts General Laws Chapter 66, Section 10, and other');
    expect(partnership.text).not.toContain('](');
    const payment = policy.clauses.find((c) => c.text.startsWith('Payment activities:'));
    expect(payment?.kind).toBe('paragraph');
    const address = policy.clauses.find((c) => c.text.startsWith('Privacy Officer'))!;
    expect(address.text.split('\n')).toHaveLength(5);
  });

  it('Markdown: nested numbered and bulleted lists get depths', () => {
    const { policy } = load('healthpartners');
    const uses = policy.sections.find((s) => s.key === 'how-healthpartners-uses-and-shares')!;
    expect(uses.clauses.map((c) => c.depth)).toEqual([0, 1, 1, 1, 1, 1, 0, 0, 0]);
    expect(uses.clauses.every((c) => c.kind === 'list-item')).toBe(true);
    expect(policy.statedDates.effectiveOn).toBe('2016-01-01');
    expect(policy.clauses.find((c) => c.text.includes('does not include'))?.text).toContain('“Personal Information” does not include information');
  });

  it('plain text: bare-line headings, "-" bullets on their own line, and the duplicated paragraph', () => {
    const { policy } = load('bcbs-massachusetts');
    expect(policy.format).toBe('text');
    expect(policy.sections.map((s) => s.heading)).toEqual([
      'Email & SMS Communication', 'Collecting Information About You', 'What Do We Do With This Information?',
      'How Do We Use Your Email Address?', 'How Do You Opt-out of Communications?', 'Social Media', 'Flash Objects', 'Mobile',
    ]);
    const items = policy.clauses.filter((c) => c.kind === 'list-item');
    expect(items).toHaveLength(8);
    expect(items[0]!.text).toMatch(/^Occasional Updates and Valuable Offers\./);
    expect(policy.skipped.filter((s) => s.reason === 'bullet-marker')).toHaveLength(8);
    const dup = policy.clauses.filter((c) => c.duplicateOfKey);
    expect(dup.map((c) => [c.key, c.duplicateOfKey])).toEqual([['collecting-information-about-you-5', 'collecting-information-about-you-4']]);
  });

  it('plain text: "•" bullets, including nested ones', () => {
    const carepartners = load('carepartners-connecticut').policy;
    const bullets = carepartners.clauses.filter((c) => c.kind === 'list-item');
    expect(bullets.map((c) => c.text)).toContain('Geographic location (e.g. Boston, Mass.)');
    expect(bullets).toHaveLength(5);
    const hp = load('harvard-pilgrim').policy;
    expect(hp.clauses.filter((c) => c.kind === 'list-item' && c.depth === 1)).toHaveLength(5);
  });

  it('plain text: scraped page furniture is skipped, not policy text', () => {
    const { policy } = load('harvard-pilgrim');
    expect(policy.skipped.filter((s) => s.reason === 'furniture').map((s) => s.text)).toEqual([
      'Copyright © 2024 Harvard Pilgrim HealthCare, Inc. |Contact Us |Privacy |Home', 'Errors found', 'Status okay', 'Button Container',
    ]);
    expect(policy.clauses.at(-1)!.text).toMatch(/^If you do not agree with the above policies/);
  });
});

describe('clause keys', () => {
  it('survive an edit in another section', () => {
    const raw = 'Title\nFirst\nOne.\nTwo.\nSecond\nThree.\n';
    const edited = 'Title\nFirst\nOne.\nA new paragraph.\nTwo.\nSecond\nThree.\n';
    const key = (r: string) => parsePolicy(r, { file: 't', format: 'text' }).clauses.find((c) => c.text === 'Three.')!.key;
    expect(key(raw)).toBe('second-1');
    expect(key(edited)).toBe('second-1');
  });

  it('disambiguate repeated headings', () => {
    const p = parsePolicy('# T\n\n## Notes\n\nA.\n\n## Notes\n\nB.\n', { file: 't' });
    expect(p.clauses.map((c) => c.key)).toEqual(['notes-1', 'notes-2-1']);
  });
});

describe('helpers', () => {
  it('slugify folds accents, ampersands and long headings', () => {
    expect(slugify('Email & SMS Communication')).toBe('email-and-sms-communication');
    expect(slugify('Público Récords')).toBe('publico-records');
    expect(slugify('Information Automatically Collected and Stored by this Site')).toBe('information-automatically-collected-and');
  });

  it('isBareHeading accepts short title lines and rejects sentences', () => {
    expect(isBareHeading('What Do We Do With This Information?')).toBe(true);
    expect(isBareHeading('Visitors should not post, upload or attach Content:')).toBe(false);
    expect(isBareHeading('Una copia de Nuestro Compromiso a la Confidencialidad está disponible para su revisión.')).toBe(false);
  });

  it('detects the format of each kind of file', () => {
    expect(detectFormat('# Title\n\nText')).toBe('markdown');
    expect(detectFormat('Title\nSome text.\n• bullet')).toBe('text');
  });

  it('drops unsafe link targets but keeps their text', () => {
    expect(markdownInlineSegments('see [here](javascript:void) and [there](https://a.example)')).toEqual([
      { type: 'text', text: 'see here and ' },
      { type: 'link', text: 'there', href: 'https://a.example' },
    ]);
  });

  it('throws a ParseError naming file and line for a dangling bullet marker', () => {
    expect(() => parsePolicy('Title\nHeading\n-\n', { file: 'bad.txt', format: 'text' })).toThrow(ParseError);
    expect(() => parsePolicy('Title\nHeading\n-\n', { file: 'bad.txt', format: 'text' })).toThrow('bad.txt:3: bullet marker with no item after it');
    expect(() => parsePolicy('\n\n', { file: 'empty.txt' })).toThrow('empty.txt:1: no policy text found');
  });
});
