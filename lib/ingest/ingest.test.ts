import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateCorpus } from '../../bench/generate-corpus';
import { carryForward } from './carry-forward';
import { IngestError, ingest, seed } from './pipeline';
import { parsePolicy } from './parse';
import type { CorpusPractice } from './validate';

const root = path.join(import.meta.dirname, '..', '..');
let work: string;
let seeds: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'ingest-'));
  seeds = path.join(work, 'seeds');
  await generateCorpus(2, seeds);
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const realPolicy = path.join(root, 'seeds', 'policies', 'healthpartners.com', '2009-10-22.md');

describe('carrying a reading forward to a newer text', () => {
  const older = 'Title\nCookies\nWe use session cookies that expire when you close your browser.\nEmail\nEmail is not secure.\n';
  const newer = 'Title\nCookies\nWe use session cookies that expire when you close your browser. We also use analytics.\nContact\nWrite to us.\n';
  const cell = (topicSlug: string, quote: string | null, review: CorpusPractice['review'] = 'reviewed'): CorpusPractice => ({
    topicSlug, stance: quote ? 'x' : 'not-addressed', summary: 'A summary of it.', review,
    citations: quote ? [{ clauseKey: 'whatever-1', quote }] : [],
  });

  it('keeps a reviewed cell whose quotes all still occur, re-keyed to the new clause, and flags the rest', () => {
    const next = { policy: parsePolicy(newer, { file: 'n.txt', format: 'text' }), rawText: newer };
    const result = carryForward(
      { date: '2020-01-01', practices: [cell('cookies', 'session cookies that expire when you close your browser'), cell('email-security', 'Email is not secure.'), cell('dnt', null), cell('sms', 'x', 'suggested')] },
      next,
    );
    expect(result.carried).toEqual([
      expect.objectContaining({ topicSlug: 'cookies', review: 'carried', carriedFrom: '2020-01-01', citations: [{ clauseKey: 'cookies-1', quote: 'session cookies that expire when you close your browser' }] }),
    ]);
    expect(result.flagged.map((f) => f.topicSlug)).toEqual(['email-security', 'dnt', 'sms']);
    expect(result.flagged[0]!.reason).toContain('no longer occur');
    expect(parsePolicy(older, { file: 'o.txt', format: 'text' }).clauses).toHaveLength(2);
  });
});

describe('npm run ingest', () => {
  it('adds a new insurer: the text unchanged, the insurer in insurers.yaml, every cell suggested, and the seed still valid', async () => {
    const plan = await ingest({ seedDir: seeds, file: realPolicy, insurer: 'acme-plans', name: 'Acme Plans', state: 'MN', today: '2026-11-24' });
    expect(plan.policyPath).toBe('policies/healthpartners.com/2009-10-22.md');
    expect(await readFile(path.join(seeds, plan.policyPath))).toEqual(await readFile(realPolicy));
    const insurers = parse(await readFile(path.join(seeds, 'insurers.yaml'), 'utf8')) as { insurers: { slug: string; state: string; versions: { archivedOn?: string; effectiveOn?: string; sourceUrl?: string }[] }[] };
    const added = insurers.insurers.find((i) => i.slug === 'acme-plans')!;
    expect(added.state).toBe('MN');
    expect(added.versions).toHaveLength(1);
    expect(added.versions[0]).toMatchObject({ archivedOn: '2009-10-22', effectiveOn: '2008-03-01' });
    expect(added.versions[0]!.sourceUrl).toContain('healthpartners.com');
    const annotation = parse(await readFile(path.join(seeds, 'annotations', 'acme-plans.yaml'), 'utf8')) as { versions: Record<string, Record<string, { review: string; confidence: number; why: string }>> };
    const cells = Object.values(annotation.versions['2009-10-22']!);
    expect(cells).toHaveLength(17);
    expect(cells.every((c) => c.review === 'suggested' && c.confidence >= 0 && c.confidence <= 1 && c.why.length > 0)).toBe(true);
    const { counts } = await seed({ seedDir: seeds, dbPath: path.join(work, 'after-new.db') });
    expect(counts.insurers).toBe(3);
  });

  it('adds a newer version of a known insurer: reviewed cells whose quotes still occur are carried, the rest suggested and flagged', async () => {
    const file = path.join(work, 'synthetic-newer.txt');
    const older = await readFile(path.join(seeds, 'policies', 'synthetic-insurer-1', '2020-06-01.txt'), 'utf8');
    // The newer text drops the second practice's sentence and keeps the rest word for word.
    await writeFile(file, older.replace(/Synthetic Insurer 1 states its practice number 2 about [a-z-]+ in this sentence\.\n/, 'This practice was rewritten.\n'));
    const plan = await ingest({ seedDir: seeds, file, insurer: 'synthetic-insurer-1', today: '2026-11-24' });
    expect(plan.isNewInsurer).toBe(false);
    expect(plan.policyPath).toBe('policies/synthetic-insurer-1/2026-11-24.txt');
    const byTopic = new Map(plan.cells.map((c) => [c.topic, c]));
    expect(byTopic.get('ip-address')?.review).toBe('suggested');
    expect(byTopic.get('ip-address')?.flag).toContain('no longer occur');
    const carried = plan.cells.filter((c) => c.review === 'carried');
    expect(carried.length).toBeGreaterThan(5);
    const { counts } = await seed({ seedDir: seeds, dbPath: path.join(work, 'after-version.db') });
    expect(counts.versions).toBe(4);
  });

  it('refuses a text already on file and leaves the seed folder as it was', async () => {
    const before = await readFile(path.join(seeds, 'insurers.yaml'), 'utf8');
    await expect(ingest({ seedDir: seeds, file: realPolicy, insurer: 'acme-plans', today: '2026-11-24' })).rejects.toThrow(IngestError);
    await expect(ingest({ seedDir: seeds, file: realPolicy, insurer: 'acme-plans', today: '2026-11-24' })).rejects.toThrow(/already on file as acme-plans's version of 2009-10-22/);
    await expect(ingest({ seedDir: seeds, file: realPolicy, insurer: 'Bad Slug', name: 'X', today: '2026-11-24' })).rejects.toThrow(/must be a lowercase slug/);
    await expect(ingest({ seedDir: seeds, file: realPolicy, insurer: 'new-one', today: '2026-11-24' })).rejects.toThrow(/give its --name/);
    expect(await readFile(path.join(seeds, 'insurers.yaml'), 'utf8')).toBe(before);
  });

  it('puts a second insurer’s text of the same domain and day in a folder of its own, not over the first one’s', async () => {
    const plan = await ingest({ seedDir: seeds, file: realPolicy, insurer: 'other-plans', name: 'Other Plans', state: 'MN', today: '2026-11-24' });
    expect(plan.policyPath).toBe('policies/healthpartners.com/other-plans/2009-10-22.md');
    expect(await readFile(path.join(seeds, 'policies', 'healthpartners.com', '2009-10-22.md'))).toEqual(await readFile(realPolicy));
    const { counts } = await seed({ seedDir: seeds, dbPath: path.join(work, 'after-shared-domain.db') });
    expect(counts.insurers).toBe(4);
  });
});
