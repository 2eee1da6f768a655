import 'server-only';
import { Worker } from 'node:worker_threads';
import { databaseUrl } from '../db';
import { SearchPool } from '../search/pool';
import type { ParsedQuery } from '../search/query';
import type { SearchFilter, SearchResult } from '../search/run';
import { memoByKey } from './memo';

export type { SearchFilter, SearchHit, SearchHitVersion, SearchResult } from '../search/run';
export { snippetHtml } from '../search/run';

/**
 * One search worker per server process (its own connection to the same database), started on the
 * first search. At most 200 searches wait; each may take 3 s (a search of many terms over 1,000
 * insurers takes a few tens of milliseconds), so one busy route cannot stall the others.
 */
let pool: SearchPool | undefined;
function searchPool(): SearchPool {
  pool ??= new SearchPool(() => new Worker(new URL('../search/search-worker.ts', import.meta.url), { workerData: { url: databaseUrl() } }), { maxPending: 200, timeoutMs: 3_000 });
  return pool;
}

/**
 * Search results, kept per process for the 500 most recent distinct searches: the corpus does not
 * change while the process runs, and a stranger's queries can only push older entries out.
 */
export const searchClauses = memoByKey<[query: Extract<ParsedQuery, { ok: true }>, filter: SearchFilter, waitForRoom?: boolean], SearchResult>(
  (query, filter, waitForRoom = false) =>
    searchPool().search(query.match, { insurers: filter.insurers, topics: filter.topics, versions: filter.versions, limit: filter.limit, offset: filter.offset }, waitForRoom),
  (query, f) => JSON.stringify([query.match, f.insurers, f.topics, f.versions, f.limit, f.offset]),
  500,
);
