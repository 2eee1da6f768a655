import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate-corpus';
import type * as MatrixQueries from './matrix';
import type * as ViewQueries from './views';

let dir: string;
let queries: typeof MatrixQueries;
let views: typeof ViewQueries;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'queries-'));
  // lib/db.ts reads DATABASE_URL when first imported, so every module that reaches it is imported after.
  process.env.DATABASE_URL = `file:${path.join(dir, 'q.db')}`;
  const { seed } = await import('../ingest/pipeline');
  await generateCorpus(20, path.join(dir, 'seeds'));
  await seed({ seedDir: path.join(dir, 'seeds'), dbPath: path.join(dir, 'q.db') });
  queries = await import('./matrix');
  views = await import('./views');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the grid with more insurers than a page', () => {
  it('lists every insurer up to the roster limit, with the cells of the first page only', async () => {
    const page = await queries.getGridPage(8, 50);
    expect(page.totalInsurers).toBe(20);
    expect(page.insurers.map((i) => i.slug)).toEqual(Array.from({ length: 20 }, (_, i) => `synthetic-insurer-${i + 1}`));
    expect(page.insurers.every((i) => i.version !== null)).toBe(true);
    expect(page.cells).toHaveLength(8 * 17);
    expect(new Set(page.cells.map((c) => c.insurer))).toEqual(new Set(page.insurers.slice(0, 8).map((i) => i.slug)));
    expect(page.cells.every((c) => c.summary !== null)).toBe(true);
  });

  it('beyond the roster limit carries only the first page, so the page does not grow with the corpus', async () => {
    const page = await queries.getGridPage(8, 10);
    expect(page.insurers.map((i) => i.slug)).toEqual(Array.from({ length: 8 }, (_, i) => `synthetic-insurer-${i + 1}`));
    expect(page.cells).toHaveLength(8 * 17);
    expect(page.cells.every((c) => c.summary !== null)).toBe(true);
  });

  it('finds insurers beyond the page by name or slug', async () => {
    const found = await queries.searchInsurers('Insurer 1', 5);
    expect(found.total).toBe(11); // 1, 10–19
    expect(found.insurers.map((i) => i.slug)).toEqual(['synthetic-insurer-1', 'synthetic-insurer-10', 'synthetic-insurer-11', 'synthetic-insurer-12', 'synthetic-insurer-13']);
    expect((await queries.searchInsurers('no such thing', 5)).total).toBe(0);
  });

  it('treats % and _ in a search as the characters they are, not wildcards', async () => {
    expect((await queries.searchInsurers('%', 5)).total).toBe(0);
    expect((await queries.searchInsurers('_', 5)).total).toBe(0);
    expect((await queries.searchInsurers('insurer_1', 5)).total).toBe(0);
    expect((await queries.searchInsurers('insurer-1', 5)).total).toBe(11);
  });

  it('the matrix API view reads only the named insurers', async () => {
    const view = await views.getMatrixView(new URLSearchParams('insurers=synthetic-insurer-17,bogus&topics=dnt'));
    expect(view.insurers.map((i) => i.slug)).toEqual(['synthetic-insurer-17']);
    expect(view.cells.map((c) => `${c.insurer}/${c.topic}`)).toEqual(['synthetic-insurer-17/dnt']);
  });
});
