import type { Worker } from 'node:worker_threads';
import type { SearchFilter, SearchResult } from './run';

/** Why a search got no answer: too many waiting, or it ran past its time budget. */
export class SearchUnavailableError extends Error {
  override name = 'SearchUnavailableError';
  constructor(
    message: string,
    readonly reason: 'busy' | 'timeout',
  ) {
    super(message);
  }
}

export interface SearchPoolOptions {
  /** Searches waiting or running at most; one more is refused at once (the API answers 503). */
  maxPending: number;
  /** A search running longer is stopped (its worker ended and replaced) and refused. */
  timeoutMs: number;
}

/**
 * How many searches wait or run, for proxy.ts (a separate bundle in the same process, so it reads a
 * process-wide gauge rather than this module's state): it sends a search to its kept results page only
 * while the queue is short.
 */
export const SEARCH_PENDING_GAUGE = Symbol.for('insurer-privacy-compare.search-pending');

export function searchesPending(): number {
  return ((globalThis as Record<symbol, unknown>)[SEARCH_PENDING_GAUGE] as number | undefined) ?? 0;
}

interface Pending {
  match: string;
  filter: SearchFilter;
  resolve: (r: SearchResult) => void;
  reject: (e: Error) => void;
}

/**
 * Runs searches one at a time in a worker thread, in arrival order, each within a time budget, with
 * a bounded queue: a search can never starve the pages (they run on the main thread) and a flood of
 * searches can only make searches wait or be refused.
 */
export class SearchPool {
  private worker: Worker | null = null;
  private readonly queue: Pending[] = [];
  private running: { id: number; job: Pending; timer: NodeJS.Timeout } | null = null;
  private nextId = 1;

  constructor(
    private readonly spawn: () => Worker,
    private readonly options: SearchPoolOptions,
  ) {}

  get pending(): number {
    return this.queue.length + (this.running ? 1 : 0);
  }

  /**
   * `waitForRoom`: join the queue even when it is full (for a page that will be kept: its caller
   * admits it only while the queue is short, so it waits, but is not refused and kept saying so).
   */
  search(match: string, filter: SearchFilter, waitForRoom = false): Promise<SearchResult> {
    if (!waitForRoom && this.pending >= this.options.maxPending) return Promise.reject(new SearchUnavailableError(`${this.pending} searches are waiting; try again in a moment`, 'busy'));
    return new Promise((resolve, reject) => {
      this.queue.push({ match, filter, resolve, reject });
      this.pump();
    });
  }

  private report() {
    (globalThis as Record<symbol, unknown>)[SEARCH_PENDING_GAUGE] = this.pending;
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = this.spawn();
    worker.unref();
    worker.on('message', (m: { id: number; result?: SearchResult; error?: string }) => {
      if (!this.running || m.id !== this.running.id) return;
      const { job, timer } = this.running;
      clearTimeout(timer);
      this.running = null;
      if (m.error !== undefined) job.reject(new Error(m.error));
      else job.resolve(m.result!);
      this.pump();
    });
    worker.on('error', (err) => this.fail(err));
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = null;
    });
    this.worker = worker;
    return worker;
  }

  /** The running search ends with an error, the worker is replaced, and the queue goes on. */
  private fail(err: Error) {
    const running = this.running;
    this.running = null;
    const worker = this.worker;
    this.worker = null;
    if (running) {
      clearTimeout(running.timer);
      running.job.reject(err);
    }
    void worker?.terminate();
    this.pump();
  }

  private pump() {
    this.report();
    if (this.running) return;
    const job = this.queue.shift();
    if (!job) return;
    const id = this.nextId++;
    const timer = setTimeout(() => this.fail(new SearchUnavailableError(`the search took longer than ${this.options.timeoutMs} ms and was stopped`, 'timeout')), this.options.timeoutMs);
    this.running = { id, job, timer };
    this.ensureWorker().postMessage({ id, match: job.match, filter: job.filter });
    this.report();
  }
}
