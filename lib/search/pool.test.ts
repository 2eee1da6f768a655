import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { SearchPool, SearchUnavailableError } from './pool';

/** A stand-in worker: answers after `delay` ms of blocking work, or never for the match "hang". */
const FAKE = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (m) => {
  if (m.match === 'hang') return;
  const until = Date.now() + Number(m.filter.limit);
  while (Date.now() < until) {}
  parentPort.postMessage(m.match === 'fail' ? { id: m.id, error: 'boom' } : { id: m.id, result: { total: m.filter.offset, ranked: true, hits: [] } });
});`;

const filter = (delay: number, tag = 0) => ({ insurers: [], topics: [], versions: 'current' as const, limit: delay, offset: tag });
const pool = (options = { maxPending: 10, timeoutMs: 500 }) => new SearchPool(() => new Worker(FAKE, { eval: true }), options);

describe('the search worker pool', () => {
  it('answers searches in arrival order, one at a time, off the main thread', async () => {
    const p = pool();
    const started = Date.now();
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 5);
    const results = await Promise.all([1, 2, 3].map((n) => p.search('q', filter(60, n))));
    clearInterval(timer);
    expect(results.map((r) => r.total)).toEqual([1, 2, 3]);
    // 180 ms of blocking work ran elsewhere: this thread's timer kept ticking meanwhile.
    expect(Date.now() - started).toBeGreaterThanOrEqual(170);
    expect(ticks).toBeGreaterThan(10);
  });

  it('refuses a search when too many wait, at once', async () => {
    const p = pool({ maxPending: 2, timeoutMs: 2_000 });
    const a = p.search('q', filter(100, 1));
    const b = p.search('q', filter(100, 2));
    await expect(p.search('q', filter(1, 3))).rejects.toMatchObject({ reason: 'busy' });
    expect((await a).total).toBe(1);
    expect((await b).total).toBe(2);
  });

  it('stops a search that runs past its budget, replaces the worker and goes on with the next', async () => {
    const p = pool({ maxPending: 10, timeoutMs: 150 });
    const hung = p.search('hang', filter(0));
    const next = p.search('q', filter(1, 7));
    await expect(hung).rejects.toBeInstanceOf(SearchUnavailableError);
    await expect(hung).rejects.toMatchObject({ reason: 'timeout' });
    expect((await next).total).toBe(7);
  });

  it('passes a worker’s error on to its search only', async () => {
    const p = pool();
    await expect(p.search('fail', filter(1))).rejects.toThrow('boom');
    expect((await p.search('q', filter(1, 5))).total).toBe(5);
  });
});
