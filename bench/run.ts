import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { seed } from '../lib/ingest/pipeline';
import { generateCorpus } from './generate-corpus';

/**
 * `npm run bench` (after a build of the real corpus): prints figures, never asserts timings in tests.
 * 1. seed time for synthetic corpora of 250/500/1000 insurers (goal: 1000 < 60 s, linear growth);
 * 2. throughput of `/` under `next start` vs a minimal Node server sending the same bytes (goal ≥ 3.5%);
 * 3. load: 100 connections for 30 s on `/` (goal: zero errors, zero non-2xx);
 * 4. Lighthouse on /, an insurer page and a topic page, with the gzip bytes of JavaScript each ships.
 */
const out = path.join(process.cwd(), 'bench', 'out');
const PORT = 3300;
const BASE_PORT = 3301;
const quick = process.argv.includes('--quick');

async function waitFor(url: string, ms = 30_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up`);
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

async function cannon(url: string, seconds: number, connections = 100) {
  const r = await autocannon({ url, connections, duration: seconds, pipelining: 1 });
  return { rps: r.requests.average, p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx, total: r.requests.total };
}

async function scale() {
  console.log('\n## Seed scale (synthetic corpus)');
  const rows: { n: number; ms: number }[] = [];
  for (const n of quick ? [100, 200] : [250, 500, 1000]) {
    const dir = await mkdtemp(path.join(tmpdir(), 'bench-corpus-'));
    try {
      await generateCorpus(n, path.join(dir, 'seeds'));
      const t = performance.now();
      await seed({ seedDir: path.join(dir, 'seeds'), dbPath: path.join(dir, 'bench.db') });
      const ms = performance.now() - t;
      rows.push({ n, ms });
      console.log(`${n} insurers: ${(ms / 1000).toFixed(1)} s (${(ms / n).toFixed(1)} ms per insurer)`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  const last = rows[rows.length - 1]!;
  const first = rows[0]!;
  console.log(`growth: ${(last.n / first.n).toFixed(1)}× insurers → ${(last.ms / first.ms).toFixed(1)}× time; ${last.n} insurers ${last.ms < 60_000 ? 'under' : 'OVER'} 60 s`);
}

async function throughputAndLoad() {
  console.log('\n## Throughput of / (autocannon, 100 connections, loopback)');
  const next = spawn('node_modules/.bin/next', ['start', '-p', String(PORT), '-H', '127.0.0.1'], { stdio: 'ignore', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  try {
    await waitFor(`http://127.0.0.1:${PORT}/`);
    const html = Buffer.from(await (await fetch(`http://127.0.0.1:${PORT}/`)).arrayBuffer());
    const bodyFile = path.join(out, 'grid.html');
    await writeFile(bodyFile, html);
    const baseline = spawn(process.execPath, ['-e', `const b=require('fs').readFileSync(${JSON.stringify(bodyFile)});require('http').createServer((q,s)=>{s.writeHead(200,{'content-type':'text/html; charset=utf-8','content-length':b.length});s.end(b)}).listen(${BASE_PORT},'127.0.0.1')`], { stdio: 'ignore' });
    try {
      await waitFor(`http://127.0.0.1:${BASE_PORT}/`);
      await cannon(`http://127.0.0.1:${PORT}/`, 3); // warm-up
      const seconds = quick ? 5 : 10;
      const base = await cannon(`http://127.0.0.1:${BASE_PORT}/`, seconds);
      const app = await cannon(`http://127.0.0.1:${PORT}/`, seconds);
      const ratio = (app.rps / base.rps) * 100;
      console.log(`minimal node http (same ${html.length} bytes): ${base.rps.toFixed(0)} req/s`);
      console.log(`next start /: ${app.rps.toFixed(0)} req/s, p99 ${app.p99} ms → ${ratio.toFixed(2)}% of the minimal server (goal ≥ 3.5%: ${ratio >= 3.5 ? 'met' : 'NOT met'})`);
    } finally {
      await stop(baseline);
    }
    console.log('\n## Load test: 100 connections for 30 s on /');
    const load = await cannon(`http://127.0.0.1:${PORT}/`, quick ? 5 : 30);
    console.log(`${load.total} requests, ${load.rps.toFixed(0)} req/s, p99 ${load.p99} ms, errors ${load.errors}, non-2xx ${load.non2xx} (${load.errors + load.non2xx === 0 ? 'zero errors' : 'ERRORS'})`);

    console.log('\n## Lighthouse (Debian chromium, mobile emulation)');
    for (const page of ['/', '/insurers/healthpartners', '/topics/cookies']) {
      const file = path.join(out, `lighthouse-${page.replace(/\W+/g, '_') || 'home'}.json`);
      const r = spawnSync('node_modules/.bin/lighthouse', [
        `http://127.0.0.1:${PORT}${page}`, '--quiet', '--output=json', `--output-path=${file}`,
        '--only-categories=performance,accessibility,best-practices,seo',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
      ], { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' }, encoding: 'utf8' });
      if (r.status !== 0) {
        console.log(`${page}: lighthouse failed: ${r.stderr.slice(-300)}`);
        continue;
      }
      const report = JSON.parse(await readFile(file, 'utf8')) as {
        categories: Record<string, { score: number }>;
        audits: Record<string, { details?: { items?: { resourceType?: string; transferSize?: number; url: string }[] } }>;
      };
      const scores = Object.entries(report.categories).map(([k, v]) => `${k} ${v.score.toFixed(2)}`).join(', ');
      const scripts = (report.audits['network-requests']?.details?.items ?? []).filter((i) => i.resourceType === 'Script');
      const jsBytes = scripts.reduce((n, i) => n + (i.transferSize ?? 0), 0);
      console.log(`${page}: ${scores}; JavaScript ${scripts.length} files, ${(jsBytes / 1024).toFixed(1)} KiB transferred (gzip)`);
    }
  } finally {
    await stop(next);
  }
}

await mkdir(out, { recursive: true });
await scale();
await throughputAndLoad();
