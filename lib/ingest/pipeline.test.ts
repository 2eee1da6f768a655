import { cp, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '../db';
import { normalizeWhitespace } from './inline';
import { ParseError, parsePolicy } from './parse';
import { quoteInClause, withoutInlineMarkup } from './quotes';
import { seed } from './pipeline';
import { LoadError, ReadError, SeedSyntaxError, ValidationError, type SeedProblem } from './errors';
import { writeCorpus } from './load';

const root = path.join(import.meta.dirname, '..', '..');
const fixtures = path.join(import.meta.dirname, 'fixtures');
let work: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'seed-test-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** A seed folder made of the base fixture with one case's files laid over it. */
async function fixtureSeed(caseName?: string): Promise<string> {
  const dir = await mkdtemp(path.join(work, `${caseName ?? 'base'}-`));
  await cp(path.join(fixtures, 'base'), dir, { recursive: true });
  if (caseName) await cp(path.join(fixtures, 'invalid', caseName), dir, { recursive: true, force: true });
  return dir;
}

async function dump(dbPath: string) {
  const db = createPrismaClient(`file:${dbPath}`);
  try {
    return {
      insurers: await db.insurer.findMany({ orderBy: { id: 'asc' } }),
      versions: await db.policyVersion.findMany({ orderBy: { id: 'asc' }, select: { id: true, insurerId: true, archivedOn: true, isLatest: true, ordinal: true } }),
      changes: await db.stanceChange.findMany({ orderBy: { id: 'asc' } }),
      clauses: await db.clause.findMany({ orderBy: { id: 'asc' } }),
      practices: await db.practice.findMany({ orderBy: { id: 'asc' } }),
      citations: await db.citation.findMany({ orderBy: { id: 'asc' }, include: { clause: { include: { version: true } } } }),
      topics: await db.topic.findMany({ orderBy: { id: 'asc' }, include: { stances: true, group: true } }),
    };
  } finally {
    await db.$disconnect();
  }
}

describe('seeding the real corpus', () => {
  it('holds at least 20 insurers, one reviewed cell per topic for every version, every citation verbatim', async () => {
    const dbPath = path.join(work, 'real.db');
    const result = await seed({ seedDir: path.join(root, 'seeds'), dbPath });
    expect(result.counts.insurers).toBeGreaterThanOrEqual(20);
    expect(result.counts.topics).toBe(17);
    expect(result.counts.practices).toBe(result.counts.versions * 17);
    const db = await dump(dbPath);
    expect(db.insurers).toHaveLength(result.counts.insurers);
    expect(db.topics).toHaveLength(17);
    expect(new Set(db.topics.map((t) => t.group.slug))).toEqual(
      new Set(['tracking-and-collection', 'use-and-sharing', 'communications', 'security-and-rights']),
    );
    const pairs = new Set(db.practices.map((p) => `${p.versionId}/${p.topicId}`));
    expect(pairs.size).toBe(db.practices.length);
    // The grid reads each insurer's newest version: all of those must be a person's reading (read anew, or
    // carried from an earlier reading whose quotes the seed found word for word), none machine-suggested.
    const latest = new Set(db.versions.filter((v) => v.isLatest).map((v) => v.id));
    expect(latest.size).toBe(db.insurers.length);
    expect(db.practices.filter((p) => latest.has(p.versionId)).every((p) => (p.review === 'reviewed' || p.review === 'carried') && p.flag === null)).toBe(true);
    expect(db.practices.filter((p) => p.review === 'carried').length).toBeGreaterThan(0);
    for (const p of db.practices) {
      const topic = db.topics.find((t) => t.id === p.topicId)!;
      expect(topic.stances.map((s) => s.value)).toContain(p.stance);
      const cites = db.citations.filter((c) => c.practiceId === p.id);
      if (p.stance === 'not-addressed') expect(cites).toHaveLength(0);
      else expect(cites.length).toBeGreaterThan(0);
    }
    expect(db.citations.length).toBeGreaterThan(60);
    for (const c of db.citations) {
      // In the source as a reader sees it (bold markers and link syntax aside), and in the clause shown.
      const raw = c.clause.version.rawText.slice(c.clause.startOffset, c.clause.endOffset);
      expect(normalizeWhitespace(withoutInlineMarkup(raw))).toContain(c.quote);
      expect(normalizeWhitespace(c.clause.text)).toContain(c.quote);
    }
  });

  it('is idempotent and reproducible: seeding twice yields identical rows', async () => {
    const a = path.join(work, 'a.db');
    const b = path.join(work, 'b.db');
    await seed({ seedDir: path.join(root, 'seeds'), dbPath: a });
    await seed({ seedDir: path.join(root, 'seeds'), dbPath: b });
    await seed({ seedDir: path.join(root, 'seeds'), dbPath: b });
    expect(await dump(b)).toEqual(await dump(a));
  });
});

describe('versions, carried cells and history in the fixture seed', () => {
  it('loads every version with its reading, marks the newest, and records where a stance changed', async () => {
    const dbPath = path.join(work, 'versions.db');
    const { counts } = await seed({ seedDir: await fixtureSeed(), dbPath });
    expect(counts).toMatchObject({ insurers: 2, versions: 3, practices: 6, changes: 1 });
    const db = await dump(dbPath);
    const acme = db.versions.filter((v) => v.insurerId === 1);
    expect(acme.map((v) => [v.archivedOn, v.ordinal, v.isLatest])).toEqual([['2020-06-01', 1, false], ['2021-03-01', 2, true]]);
    const carried = db.practices.find((p) => p.versionId === acme[1]!.id && p.review === 'carried')!;
    expect(carried.carriedFromVersionId).toBe(acme[0]!.id);
    const suggested = db.practices.find((p) => p.versionId === acme[1]!.id && p.review === 'suggested')!;
    expect(suggested).toMatchObject({ stance: 'not-addressed', confidence: 0.6, flag: 'quotes of the 2020-06-01 reading no longer occur' });
    expect(db.changes).toEqual([
      expect.objectContaining({ insurerId: 1, fromVersionId: acme[0]!.id, toVersionId: acme[1]!.id, fromStance: 'warns', toStance: 'not-addressed' }),
    ]);
  });
});

describe('quotes', () => {
  it('may run across bold words and links, as a reader sees the text, but never include their markup', async () => {
    const rawText = await readFile(path.join(fixtures, 'base', 'policies', 'zenith.md'), 'utf8');
    const policy = parsePolicy(rawText, { file: 'zenith.md', format: 'markdown' });
    const clause = policy.clauses.find((c) => c.key === 'cookies-1')!;
    expect(quoteInClause('We set no cookies at all. See our notes.', clause, rawText)).toBe(true);
    expect(quoteInClause('We set **no cookies** at all.', clause, rawText)).toBe(false);
    expect(quoteInClause('See our notes(https://example.org/notes)', clause, rawText)).toBe(false);
  });

  it('reads a backslash escape as the character it escapes, never as markup', () => {
    const rawText = 'Write to help\\@insurer.example or www\\.insurer.example. We use cookies\\* to count visits. Not \\*emphasis\\*.\n';
    const clause = parsePolicy(rawText, { file: 'escapes.md', format: 'markdown' }).clauses[0]!;
    expect(clause.text).toBe('Write to help@insurer.example or www.insurer.example. We use cookies* to count visits. Not *emphasis*.');
    expect(quoteInClause('Write to help@insurer.example or www.insurer.example.', clause, rawText)).toBe(true);
    expect(quoteInClause('cookies* to count visits', clause, rawText)).toBe(true);
    expect(quoteInClause('Not *emphasis*.', clause, rawText)).toBe(true);
    expect(quoteInClause('Not emphasis', clause, rawText)).toBe(false);
    expect(quoteInClause('help\\@insurer', clause, rawText)).toBe(false);
  });
});

describe('invalid input', () => {
  const cases: [string, new (...args: never[]) => Error, RegExp][] = [
    ['unknown-topic', ValidationError, /^annotations\/acme-health\.yaml:12 versions\.2020-06-01\.tracking-pixels: unknown topic/m],
    ['unknown-stance', ValidationError, /^annotations\/acme-health\.yaml:5 versions\.2020-06-01\.cookies\.stance: unknown stance "sometimes" \(allowed: none, session-only, not-addressed\)/m],
    ['missing-topic', ValidationError, /^annotations\/acme-health\.yaml:\d+ versions\.2020-06-01\.email-security: missing topic/m],
    ['quote-not-verbatim', ValidationError, /^annotations\/acme-health\.yaml:17 versions\.2020-06-01\.email-security\.citations\[0\]\.quote: quote not found verbatim in clause "email-1" of policies\/acme\.txt/m],
    ['quote-includes-markup', ValidationError, /^annotations\/zenith-care\.yaml:10 versions\.2020-02-01\.cookies\.citations\[0\]\.quote: quote not found verbatim/m],
    ['unknown-clause', ValidationError, /^annotations\/acme-health\.yaml:16 versions\.2020-06-01\.email-security\.citations\[0\]\.clause: no clause "email-7" in policies\/acme\.txt/m],
    ['duplicate-slug', ValidationError, /^insurers\.yaml:15 insurers\[1\]\.slug: duplicate slug "acme-health"/m],
    ['date-mismatch', ValidationError, /^insurers\.yaml:26 insurers\[1\]\.versions\[0\]\.lastModifiedOn: is 2021-01-02 but policies\/zenith\.md states 2020-01-02/m],
    ['archived-text-given-collected', ValidationError, /^insurers\.yaml:24 insurers\[1\]\.versions\[0\]\.collectedOn: policies\/zenith\.md is archived \(its provenance line says 2020-02-01\): give archivedOn/m],
    ['not-addressed-with-citation', ValidationError, /^annotations\/zenith-care\.yaml:\d+ versions\.2020-02-01\.email-security\.citations: not-addressed takes no citations/m],
    ['missing-version-reading', ValidationError, /^annotations\/acme-health\.yaml:\d+ versions\.2021-03-01: missing the reading of acme-health's version of 2021-03-01 \(policies\/acme-2021\.txt\)/m],
    ['carried-quotes-changed', ValidationError, /^annotations\/acme-health\.yaml:25 versions\.2021-03-01\.cookies\.citations: a carried cell keeps the quotes of the 2020-06-01 reading/m],
    ['carried-from-unknown-version', ValidationError, /^annotations\/acme-health\.yaml:22 versions\.2021-03-01\.cookies\.carriedFrom: acme-health has no version of 2019-01-01 before 2021-03-01/m],
    ['reviewed-still-flagged', ValidationError, /^annotations\/acme-health\.yaml:32 versions\.2021-03-01\.email-security\.flag: a reviewed cell cannot stay flagged/m],
    ['yaml-syntax', SeedSyntaxError, /^annotations\/acme-health\.yaml:\d+: /m],
    ['summary-without-insurer', ValidationError, /^annotations\/zenith-care\.yaml:7 versions\.2020-02-01\.cookies\.summary: must name the insurer \("Zenith Care"\)/m],
    ['short-not-in-label', ValidationError, /^topic-guide\.yaml:13 topics\.cookies\.stances\.session-only\.short: short must be words of the label/m],
    ['policy-parse-error', ParseError, /^policies\/acme\.txt:3: bullet marker followed by another bullet marker/],
  ];

  it.each(cases)('%s fails with a clear error and leaves the existing database intact', async (name, type, message) => {
    const dbPath = path.join(work, `${name}.db`);
    await seed({ seedDir: await fixtureSeed(), dbPath });
    const before = await readFile(dbPath);
    const mtime = (await stat(dbPath)).mtimeMs;
    const error = await seed({ seedDir: await fixtureSeed(name), dbPath }).then(
      () => undefined,
      (e: unknown) => e as Error & { problems?: SeedProblem[] },
    );
    expect(error).toBeInstanceOf(type);
    expect(error!.message).toMatch(message);
    expect(await readFile(dbPath)).toEqual(before);
    expect((await stat(dbPath)).mtimeMs).toBe(mtime);
  });

  it('a missing file is a ReadError naming it', async () => {
    const dir = await fixtureSeed();
    await rm(path.join(dir, 'topic-guide.yaml'));
    await expect(seed({ seedDir: dir, dbPath: path.join(work, 'missing.db') })).rejects.toThrow(ReadError);
    await expect(seed({ seedDir: dir, dbPath: path.join(work, 'missing.db') })).rejects.toThrow('topic-guide.yaml: file not found');
  });

  it('a failure while writing the database is a LoadError and keeps the previous database', async () => {
    const dbPath = path.join(work, 'load-fail.db');
    const { corpus } = await seed({ seedDir: await fixtureSeed(), dbPath });
    const before = await readFile(dbPath);
    await expect(seed({ seedDir: await fixtureSeed(), dbPath, migrationsDir: path.join(work, 'no-such-dir') })).rejects.toThrow(LoadError);
    expect(await readFile(dbPath)).toEqual(before);
    // Writing the same corpus twice into one database violates unique keys: the load stage must surface it.
    await expect(writeCorpus(`file:${dbPath}`, corpus)).rejects.toThrow();
  });
});
