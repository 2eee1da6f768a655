import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { InsurersFileSchema } from '../schemas';
import { ParseError, detectFormat, findStatedDates, isBareHeading, parsePolicy, slugify, type ParsedPolicy } from './parse';

const seeds = path.join(import.meta.dirname, '..', '..', 'seeds');
const { insurers } = InsurersFileSchema.parse(parse(readFileSync(path.join(seeds, 'insurers.yaml'), 'utf8')));

const versions = insurers.flatMap((i) => i.versions.map((v) => ({ slug: i.slug, ...v })));

/** The newest version of an insurer (or the one in the given file). */
function load(slug: string, file?: string): { raw: string; policy: ParsedPolicy } {
  const meta = versions.filter((v) => v.slug === slug && (!file || v.file === file)).at(-1)!;
  const raw = readFileSync(path.join(seeds, meta.file), 'utf8');
  return { raw, policy: parsePolicy(raw, { file: meta.file, format: meta.format, furniture: meta.furniture ?? [] }) };
}

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

describe.each(versions.map((v) => [v.file, v] as const))('parsing the real policy %s', (file, meta) => {
  const raw = readFileSync(path.join(seeds, file), 'utf8');
  const policy = parsePolicy(raw, { file, format: meta.format, furniture: meta.furniture ?? [] });

  it('finds clauses with unique, well-formed keys', () => {
    expect(policy.sections.length).toBeGreaterThanOrEqual(1);
    expect(policy.clauses.length).toBeGreaterThanOrEqual(5);
    const keys = policy.clauses.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const c of policy.clauses) expect(c.key).toMatch(/^[a-z0-9-]+-\d+$/);
  });

  it('gives offsets that point at each clause in the raw text: its words, in order', () => {
    for (const c of policy.clauses) {
      const slice = words(raw.slice(c.start, c.end)).join(' ');
      let at = 0;
      for (const w of words(c.text)) {
        const found = slice.indexOf(w, at);
        expect(found, `${c.key}: "${w}" not in its raw slice`).toBeGreaterThanOrEqual(0);
        at = found + w.length;
      }
    }
  });

  it('keeps the parse stable across runs (same keys for the same text)', () => {
    const again = parsePolicy(raw, { file: 'x', format: policy.format, furniture: meta.furniture ?? [] });
    expect(again.clauses.map((c) => [c.key, c.start, c.end])).toEqual(policy.clauses.map((c) => [c.key, c.start, c.end]));
  });

  it('keeps layout-table debris and Markdown syntax out of the displayed text', () => {
    for (const c of policy.clauses) {
      expect(c.text).not.toMatch(/^\s*\|/m);
      expect(c.text).not.toMatch(/\]\(|\*\*/);
    }
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
    const { policy } = load('ma-health-connector', 'policies/000_07f89f42d075d686.txt');
    expect(policy.format).toBe('markdown');
    expect(policy.provenance).toEqual({
      kind: 'archive',
      domain: 'mahealthconnector.org',
      date: '2015-09-06',
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
    const { policy } = load('healthpartners', 'policies/003_e7096c5677bdcbde.txt');
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

describe('Markdown from scraped pages', () => {
  const parse = (md: string) => parsePolicy(md, { file: 't.md', format: 'markdown' });

  it('skips layout-table debris and trims table cells from the displayed text', () => {
    const p = parse('# T\n\n|  |  |  \n---|---\n\n| • | Use of E-Mail\n\nWe read your e-mail.\n');
    expect(p.skipped.map((s) => s.reason)).toEqual(['debris']);
    expect(p.sections.map((s) => s.heading)).toEqual(['T', 'Use of E-Mail']);
    expect(p.clauses.map((c) => c.text)).toEqual(['We read your e-mail.']);
  });

  it('reads a bold line, or a lone title line before text, as a heading; not a bold lead-in, a date or a menu', () => {
    const p = parse('# T\n\n**Cookies**\n\nWe use cookies.\n\nThird parties\n\nWe share.\n\n**Contents:**\n\n**April 16, 1999**\n\nHome\n\nAbout Us\n\nCareers\n\nLast words.\n');
    expect(p.sections.map((s) => s.heading)).toEqual(['T', 'Cookies', 'Third parties']);
    expect(p.clauses.map((c) => c.text)).toEqual(['We use cookies.', 'We share.', 'Contents:', 'April 16, 1999', 'Home', 'About Us', 'Careers', 'Last words.']);
    expect(p.clauses.find((c) => c.text === 'Contents:')?.sectionKey).toBe('third-parties');
    expect(p.clauses.find((c) => c.text === 'Home')?.kind).toBe('paragraph');
  });

  it('splits a title line that lost its blank line from the prose after it', () => {
    const p = parse('# T\n\nIndividual Rights  \nAccess : You have the right to access your personal and health information in writing.\n');
    expect(p.sections.map((s) => s.heading)).toEqual(['T', 'Individual Rights']);
    expect(p.clauses[0]!.text).toMatch(/^Access : You have the right/);
  });

  it('treats four-space indented text as paragraphs, not code', () => {
    const p = parse('# T\n\n    We do not sell your information.\n');
    expect(p.clauses[0]).toMatchObject({ kind: 'paragraph', text: 'We do not sell your information.' });
  });

  it('blanks furniture lines even inside a paragraph, keeping offsets', () => {
    const raw = '# T\n\nFirst line.\nTop of Page\nSecond line.\n';
    const p = parse(raw);
    expect(p.clauses.map((c) => c.text)).toEqual(['First line.', 'Second line.']);
    expect(raw.slice(p.clauses[1]!.start, p.clauses[1]!.end)).toBe('Second line.');
    expect(p.skipped.find((s) => s.reason === 'furniture')?.text).toBe('Top of Page');
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
    const p = parsePolicy('# T\n\nsee [here](javascript:void) and [there](https://a.example)\n', { file: 't.md' });
    expect(p.clauses[0]!.text).toBe('see here and there');
    expect(p.clauses[0]!.links).toEqual([
      { type: 'text', text: 'see here and ' },
      { type: 'link', text: 'there', href: 'https://a.example' },
    ]);
  });

  it('reads the dates a policy states about itself, in the usual wordings', () => {
    expect(findStatedDates('This privacy statement is effective January 1, 2014 and was most recently revised January 1, 2015.')).toEqual({
      effectiveOn: '2014-01-01',
      lastModifiedOn: '2015-01-01',
    });
    expect(findStatedDates('Last revised: October 16, 2019')).toEqual({ lastModifiedOn: '2019-10-16' });
    expect(findStatedDates('Effective Date of this Privacy Policy is January 1, 2014.')).toEqual({ effectiveOn: '2014-01-01' });
    expect(findStatedDates('Effective as of: 01/01/2016')).toEqual({ effectiveOn: '2016-01-01' });
    expect(findStatedDates('Last updated: July 1, 2004')).toEqual({ lastModifiedOn: '2004-07-01' });
    expect(findStatedDates('This policy took effect long ago. It was updated often.')).toEqual({});
  });

  it('throws a ParseError naming file and line for a dangling bullet marker', () => {
    expect(() => parsePolicy('Title\nHeading\n-\n', { file: 'bad.txt', format: 'text' })).toThrow(ParseError);
    expect(() => parsePolicy('Title\nHeading\n-\n', { file: 'bad.txt', format: 'text' })).toThrow('bad.txt:3: bullet marker with no item after it');
    expect(() => parsePolicy('\n\n', { file: 'empty.txt' })).toThrow('empty.txt:1: no policy text found');
  });
});
