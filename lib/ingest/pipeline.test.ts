import { cp, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '../db';
import { normalizeWhitespace } from './inline';
import { ParseError } from './parse';
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
  it('holds 5 insurers × 17 topics = 85 practices, every citation verbatim in its clause and the raw text', async () => {
    const dbPath = path.join(work, 'real.db');
    const result = await seed({ seedDir: path.join(root, 'seeds'), dbPath });
    expect(result.counts).toMatchObject({ insurers: 5, topics: 17, practices: 85 });
    const db = await dump(dbPath);
    expect(db.insurers).toHaveLength(5);
    expect(db.topics).toHaveLength(17);
    expect(new Set(db.topics.map((t) => t.group.slug))).toEqual(
      new Set(['tracking-and-collection', 'use-and-sharing', 'communications', 'security-and-rights']),
    );
    expect(db.practices).toHaveLength(85);
    const pairs = new Set(db.practices.map((p) => `${p.insurerId}/${p.topicId}`));
    expect(pairs.size).toBe(85);
    for (const p of db.practices) {
      const topic = db.topics.find((t) => t.id === p.topicId)!;
      expect(topic.stances.map((s) => s.value)).toContain(p.stance);
      const cites = db.citations.filter((c) => c.practiceId === p.id);
      if (p.stance === 'not-addressed') expect(cites).toHaveLength(0);
      else expect(cites.length).toBeGreaterThan(0);
    }
    expect(db.citations.length).toBeGreaterThan(60);
    for (const c of db.citations) {
      const raw = c.clause.version.rawText.slice(c.clause.startOffset, c.clause.endOffset);
      expect(normalizeWhitespace(raw)).toContain(c.quote);
      expect(normalizeWhitespace(c.clause.text)).toContain(c.quote);
      expect(c.clause.version.rawText.replace(/[\s\u00a0]+/g, ' ')).toContain(c.quote);
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

describe('invalid input', () => {
  const cases: [string, new (...args: never[]) => Error, RegExp][] = [
    ['unknown-topic', ValidationError, /^annotations\/acme-health\.yaml:10 practices\.tracking-pixels: unknown topic/m],
    ['unknown-stance', ValidationError, /^annotations\/acme-health\.yaml:4 practices\.cookies\.stance: unknown stance "sometimes" \(allowed: none, session-only, not-addressed\)/m],
    ['missing-topic', ValidationError, /^annotations\/acme-health\.yaml:\d+ practices\.email-security: missing topic/m],
    ['quote-not-verbatim', ValidationError, /^annotations\/acme-health\.yaml:14 practices\.email-security\.citations\[0\]\.quote: quote not found verbatim in clause "email-1" of policies\/acme\.txt/m],
    ['quote-spans-markup', ValidationError, /^annotations\/zenith-care\.yaml:8 practices\.cookies\.citations\[0\]\.quote: quote not found verbatim/m],
    ['unknown-clause', ValidationError, /^annotations\/acme-health\.yaml:13 practices\.email-security\.citations\[0\]\.clause: no clause "email-7" in policies\/acme\.txt/m],
    ['duplicate-slug', ValidationError, /^insurers\.yaml:8 insurers\[1\]\.slug: duplicate slug "acme-health"/m],
    ['date-mismatch', ValidationError, /^insurers\.yaml:14 insurers\[1\]\.lastModifiedOn: is 2021-01-02 but policies\/zenith\.md states 2020-01-02/m],
    ['not-addressed-with-citation', ValidationError, /^annotations\/zenith-care\.yaml:\d+ practices\.email-security\.citations: not-addressed takes no citations/m],
    ['yaml-syntax', SeedSyntaxError, /^annotations\/acme-health\.yaml:\d+: /m],
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
