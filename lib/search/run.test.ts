import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createClient, type Client } from '@libsql/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../ingest/pipeline';
import { parseSearchQuery } from './query';
import { runSearch } from './run';

let work: string;
let db: Client;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'search-test-'));
  const dbPath = path.join(work, 'search.db');
  await seed({ seedDir: path.join(import.meta.dirname, '..', 'ingest', 'fixtures', 'base'), dbPath });
  db = createClient({ url: `file:${dbPath}` });
});

afterAll(async () => {
  db.close();
  await rm(work, { recursive: true, force: true });
});

const match = (q: string) => {
  const parsed = parseSearchQuery(q);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.match;
};
const all = { insurers: [], topics: [], versions: 'all' as const, limit: 20, offset: 0 };

describe('full-text search on its own connection', () => {
  it('finds clauses, names their section, links to the version quoted and marks the words', async () => {
    const r = await runSearch(db, match('email'), { ...all, versions: 'current' });
    expect(r.ranked).toBe(true);
    expect(r.total).toBeGreaterThan(0);
    const acme = r.hits.find((h) => h.insurer.slug === 'acme-health')!;
    expect(acme.url).toBe(`/insurers/acme-health/versions/${acme.archivedOn}#${acme.clauseKey}`);
    expect(acme.section).toBe('Email');
    expect(acme.snippet).toContain('\u0002');
  });

  it('groups the same words in several versions of one policy into one result naming them all', async () => {
    const r = await runSearch(db, match('"temporary session cookies"'), all);
    const acme = r.hits.filter((h) => h.insurer.slug === 'acme-health');
    expect(acme).toHaveLength(1);
    expect(acme[0]!.sameIn.map((v) => v.archivedOn).sort()).toEqual(['2020-06-01', '2021-03-01']);
  });

  it('runs a word with other forms next to other words (FTS5 needs AND spelled out beside an OR group)', async () => {
    const r = await runSearch(db, match('notice email'), all);
    expect(r.total).toBeGreaterThanOrEqual(0);
    const sold = await runSearch(db, match('sell cookies "session"'), all);
    expect(sold.total).toBeGreaterThanOrEqual(0);
  });

  it('filters by insurer and by cited topic with bound values only', async () => {
    const none = await runSearch(db, match('cookies'), { ...all, insurers: ["zenith-care' OR 1=1 --"] });
    expect(none.total).toBe(0);
    const cited = await runSearch(db, match('cookies'), { ...all, topics: ['cookies'] });
    expect(cited.hits.every((h) => h.topics.some((t) => t.slug === 'cookies'))).toBe(true);
  });
});
