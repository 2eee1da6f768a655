import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { parsePolicy } from '../lib/ingest/parse';
import { policyHtml, startSite, type Route, type Site } from '../lib/track/test-site';
import { trackSources, type TrackReport } from '../lib/track/track';
import { generateCorpus } from './generate-corpus';

export interface TrackBenchRun {
  ms: number;
  /** Requests the local sites answered (robots.txt and confirming second fetches included). */
  requests: number;
  requestsPerSecond: number;
  changed: number;
  unchanged: number;
  failed: number;
  /** Answers of 304 Not Modified. */
  notModified: number;
}

export interface TrackBenchResult {
  sources: number;
  hosts: number;
  first: TrackBenchRun;
  second: TrackBenchRun;
}

/**
 * The tracker over `n` synthetic insurers whose pages are served by local sites on `hosts` loopback
 * addresses (127.0.0.1 … 127.0.0.<hosts>: distinct host names to the per-host limit, nothing leaves the
 * machine). Every 10th page has a changed sentence. The first run reads every page (most unchanged,
 * the changed ones confirmed by a second fetch and written as new versions); the second run sends the
 * ETags back and gets 304 for every page. Prints and returns the time and requests per second of each.
 */
export async function benchTracker(n: number, options: { hosts?: number; changedEvery?: number; log?: (line: string) => void } = {}): Promise<TrackBenchResult> {
  const hosts = Math.max(1, Math.min(options.hosts ?? 20, n));
  const changedEvery = options.changedEvery ?? 10;
  const log = options.log ?? ((line: string) => console.log(line));
  const work = await mkdtemp(path.join(tmpdir(), 'track-bench-'));
  const sites: Site[] = [];
  try {
    const seedDir = path.join(work, 'seeds');
    await generateCorpus(n, seedDir);
    for (let h = 1; h <= hosts; h += 1) sites.push(await startSite(`127.0.0.${h}`));
    let notModified = 0;
    const sources = [];
    for (let i = 1; i <= n; i += 1) {
      const slug = `synthetic-insurer-${i}`;
      const text = await readFile(path.join(seedDir, 'policies', slug, '2020-06-01.txt'), 'utf8');
      const edit = i % changedEvery === 0 ? (t: string) => t.replace('states its practice number 2 about', 'now states a changed practice number 2 about') : undefined;
      const body = policyHtml(parsePolicy(text, { file: slug, format: 'text' }), { layout: 'site', ...(edit ? { edit } : {}) });
      const etag = `"${slug}-${edit ? 'b' : 'a'}"`;
      const page: Route = (req, res) => {
        if (req.headers['if-none-match'] === etag) {
          notModified += 1;
          return void res.writeHead(304, { etag }).end();
        }
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag }).end(body);
      };
      const site = sites[(i - 1) % hosts]!;
      site.routes.set(`/${slug}/privacy`, page);
      sources.push({ insurer: slug, url: `${site.origin}/${slug}/privacy`, select: ['#policy'], remove: ['.cookie-banner'], render: 'static' as const });
    }
    await writeFile(path.join(seedDir, 'sources.yaml'), stringify({ sources }));

    const requestsSoFar = () => sites.reduce((sum, s) => sum + s.requests.length, 0);
    const run = async (label: string): Promise<TrackBenchRun> => {
      const before = requestsSoFar();
      const notModifiedBefore = notModified;
      const started = performance.now();
      const report: TrackReport = await trackSources({ seedDir, confirmDelayMs: 50, fetchOptions: { timeoutMs: 10_000 }, log: () => undefined });
      const ms = performance.now() - started;
      const requests = requestsSoFar() - before;
      const result = {
        ms: Math.round(ms), requests, requestsPerSecond: Math.round((requests / ms) * 1000 * 10) / 10,
        changed: report.changed.length, unchanged: report.unchanged.length, failed: report.failed.length, notModified: notModified - notModifiedBefore,
      };
      log(`${label}: ${n} sources on ${hosts} hosts in ${(ms / 1000).toFixed(2)} s, ${requests} requests (${result.requestsPerSecond} req/s): ${result.changed} changed, ${result.unchanged} unchanged, ${result.failed} failed, ${result.notModified} answered 304`);
      for (const f of report.failed.slice(0, 3)) log(`  failed ${f.insurer}: ${f.reason}`);
      return result;
    };
    log(`## Tracker (${n} synthetic sources, local sites)`);
    const first = await run('first run (full pages)');
    const second = await run('second run (conditional requests)');
    return { sources: n, hosts, first, second };
  } finally {
    await Promise.all(sites.map((s) => s.close()));
    await rm(work, { recursive: true, force: true });
  }
}
