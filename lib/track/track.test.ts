import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { generateCorpus } from '../../bench/generate-corpus';
import { parsePolicy, type ParsedPolicy } from '../ingest/parse';
import { seed } from '../ingest/pipeline';
import { FETCHED_PROVENANCE } from '../ingest/provenance';
import type { PolicySource, SourceCheck } from '../schemas';
import { runTrackCli } from './cli';
import type { FetchOptions } from './fetch';
import { html, policyHtml, startSite, type Site } from './test-site';
import { readTrackingFile } from './tracking-file';
import { trackSources, type TrackOptions, type TrackReport } from './track';

const root = path.join(import.meta.dirname, '..', '..');
const TODAY = '2026-12-01';
const NOW = new Date('2026-12-01T06:00:00Z');
const FAST: Partial<FetchOptions> = { timeoutMs: 1500, maxBytes: 100_000, maxRedirects: 3 };
/** The synthetic insurers of the test seed; all but the one under test get a source nobody fetches. */
const INSURERS = ['synthetic-insurer-1', 'synthetic-insurer-2', 'synthetic-insurer-3'];

let work: string;
let template: string;
let site: Site;
/** The newest version of each synthetic insurer, as the seed's parser reads it. */
const policies = new Map<string, ParsedPolicy>();

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'track-test-'));
  template = path.join(work, 'template');
  await generateCorpus(INSURERS.length, template, path.join(root, 'seeds'));
  for (const slug of INSURERS) {
    const text = await readFile(path.join(template, 'policies', slug, '2020-06-01.txt'), 'utf8');
    policies.set(slug, parsePolicy(text, { file: slug, format: 'text' }));
  }
  site = await startSite();
  site.routes.set('/robots.txt', (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private/\n'));
});
afterAll(async () => {
  await site?.close();
  await rm(work, { recursive: true, force: true });
});

/** A fresh seed folder whose sources.yaml gives these sources (the rest of the insurers point at /unused). */
async function seedWith(sources: Partial<Record<string, Omit<PolicySource, 'insurer' | 'render'> & { render?: PolicySource['render'] }>>): Promise<string> {
  const dir = await mkdtemp(path.join(work, 'seed-'));
  await cp(template, dir, { recursive: true });
  const list = INSURERS.map((insurer) => ({ insurer, ...(sources[insurer] ?? { url: `${site.origin}/unused/${insurer}` }) }));
  await writeFile(path.join(dir, 'sources.yaml'), stringify({ sources: list }));
  return dir;
}

async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const f of await readdir(dir, { recursive: true, withFileTypes: true }))
    if (f.isFile()) files.set(path.relative(dir, path.join(f.parentPath, f.name)), await readFile(path.join(f.parentPath, f.name), 'utf8'));
  return files;
}

function withoutTracking(files: Map<string, string>): Map<string, string> {
  return new Map([...files].filter(([f]) => f !== 'tracking.yaml'));
}

const track = (seedDir: string, insurers: string[], more: Partial<TrackOptions> = {}) =>
  trackSources({ seedDir, insurers, today: TODAY, now: NOW, fetchOptions: FAST, confirmDelayMs: 50, log: () => undefined, ...more });

const page = (slug: string, options?: Parameters<typeof policyHtml>[1]) => policyHtml(policies.get(slug)!, options);
const pathHits = (p: string) => site.requests.filter((r) => r.path === p).length;

describe('a page whose words did not change', () => {
  it('is unchanged when only its markup changed, and only the check date is recorded', async () => {
    site.routes.set('/same-words', html(page('synthetic-insurer-1', { layout: 'site' })));
    const dir = await seedWith({ 'synthetic-insurer-1': { url: `${site.origin}/same-words`, select: ['#policy'], remove: ['.cookie-banner'] } });
    const before = await snapshot(dir);
    const report = await track(dir, ['synthetic-insurer-1']);
    expect(report).toEqual({ checked: 1, changed: [], unchanged: [{ insurer: 'synthetic-insurer-1' }], failed: [] });
    expect(withoutTracking(await snapshot(dir))).toEqual(before);
    expect(await readTrackingFile(path.join(dir, 'tracking.yaml'))).toEqual([
      { insurer: 'synthetic-insurer-1', url: `${site.origin}/same-words`, checkedAt: NOW.toISOString(), outcome: 'unchanged', version: '2020-06-01' },
    ]);
    // No second fetch: the words were the newest version's.
    expect(pathHits('/same-words')).toBe(1);
  });
});

describe('a page whose words changed', () => {
  it('becomes a new version read through the ingest path: carried and suggested cells, and the seed still validates', async () => {
    const edit = (t: string) => t.replace('states its practice number 2 about ip-address', 'now says a different thing about ip-address');
    site.routes.set('/changed', html(page('synthetic-insurer-2', { edit })));
    const dir = await seedWith({ 'synthetic-insurer-2': { url: `${site.origin}/changed` } });
    const before = await snapshot(dir);
    const report = await track(dir, ['synthetic-insurer-2']);
    expect(report.failed).toEqual([]);
    expect(report.changed).toHaveLength(1);
    const [changed] = report.changed;
    expect(changed!.insurer).toBe('synthetic-insurer-2');
    expect(changed!.file).toBe(`policies/127.0.0.1/${TODAY}.md`);
    expect(changed!.cells.carried).toBeGreaterThan(5);
    expect(changed!.cells.suggested).toBeGreaterThan(0);
    expect(changed!.cells.carried + changed!.cells.suggested).toBe(17);
    // Confirmed by a second fetch after the confirm delay.
    expect(pathHits('/changed')).toBe(2);

    const text = await readFile(path.join(dir, changed!.file), 'utf8');
    const [first, blank] = text.split('\n');
    expect(first).toBe(`> *Fetched from the live page <${site.origin}/changed> on ${TODAY} by the project's tracker (npm run track).*`);
    expect(first).toMatch(FETCHED_PROVENANCE);
    expect(blank).toBe('');
    expect(text).toContain('now says a different thing about ip-address');

    const insurers = parse(await readFile(path.join(dir, 'insurers.yaml'), 'utf8')) as { insurers: { slug: string; versions: Record<string, string>[] }[] };
    expect(insurers.insurers.find((i) => i.slug === 'synthetic-insurer-2')!.versions.at(-1)).toEqual({
      file: changed!.file, format: 'markdown', title: 'Synthetic Insurer 2 Privacy Policy', fetchedOn: TODAY, sourceUrl: `${site.origin}/changed`,
    });
    const annotations = parse(await readFile(path.join(dir, 'annotations', 'synthetic-insurer-2.yaml'), 'utf8')) as { versions: Record<string, Record<string, { review: string; flag?: string; carriedFrom?: string }>> };
    const cells = annotations.versions[TODAY]!;
    expect(cells['ip-address']).toMatchObject({ review: 'suggested', flag: expect.stringContaining('no longer occur') as unknown });
    expect(Object.values(cells).filter((c) => c.review === 'carried').every((c) => c.carriedFrom === '2020-06-01')).toBe(true);

    const checks = await readTrackingFile(path.join(dir, 'tracking.yaml'));
    expect(checks.find((c) => c.insurer === 'synthetic-insurer-2')).toMatchObject({ outcome: 'changed', version: TODAY });
    // Only the new text, its annotations, insurers.yaml and tracking.yaml changed.
    const after = await snapshot(dir);
    const touched = [...after.keys()].filter((f) => before.get(f) !== after.get(f)).sort();
    expect(touched).toEqual([changed!.file, 'annotations/synthetic-insurer-2.yaml', 'insurers.yaml', 'tracking.yaml'].sort());

    const { counts } = await seed({ seedDir: dir, dbPath: path.join(work, 'changed.db') });
    expect(counts.versions).toBe(INSURERS.length + 1);
  });
});

describe('a source that fails is recorded with its reason, and nothing else is written', () => {
  const policyPage = () => page('synthetic-insurer-1');
  const cases: { name: string; route?: string; setup?: () => void; source?: Partial<PolicySource>; fetch?: Partial<FetchOptions>; reason: RegExp }[] = [
    { name: '404', route: '/gone', setup: () => site.routes.set('/gone', html('<h1>Gone</h1>', {}, 404)), reason: /^HTTP 404 Not Found$/ },
    { name: '500', route: '/broken', setup: () => site.routes.set('/broken', html('<h1>Oops</h1>', {}, 500)), reason: /^HTTP 500 Internal Server Error$/ },
    {
      name: 'time-out',
      route: '/slow',
      setup: () => site.routes.set('/slow', (_req, res) => void setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end(policyPage()), 2_000).unref()),
      fetch: { timeoutMs: 200 },
      reason: /^timed out after 200 ms$/,
    },
    {
      name: 'redirect loop',
      route: '/loop-a',
      setup: () => {
        site.routes.set('/loop-a', (_req, res) => res.writeHead(302, { location: '/loop-b' }).end());
        site.routes.set('/loop-b', (_req, res) => res.writeHead(301, { location: `${site.origin}/loop-a` }).end());
      },
      reason: /^redirect loop: http:\/\/127\.0\.0\.1:\d+\/loop-a → http:\/\/127\.0\.0\.1:\d+\/loop-b → http:\/\/127\.0\.0\.1:\d+\/loop-a$/,
    },
    {
      name: 'too many redirects',
      route: '/hop/0',
      setup: () => {
        for (let n = 0; n < 10; n += 1) site.routes.set(`/hop/${n}`, (_req, res) => res.writeHead(307, { location: `/hop/${n + 1}` }).end());
      },
      reason: /^too many redirects \(more than 3\)/,
    },
    {
      name: 'oversized page',
      route: '/huge',
      setup: () => site.routes.set('/huge', (_req, res) => {
        // Streamed without a Content-Length, so the limit must be enforced while reading.
        res.writeHead(200, { 'content-type': 'text/html' });
        for (let i = 0; i < 40; i += 1) res.write(`<p>${'x'.repeat(5_000)}</p>`);
        res.end();
      }),
      reason: /^the page is larger than the limit of 100000 bytes$/,
    },
    {
      name: 'tiny block page',
      route: '/blocked',
      setup: () => site.routes.set('/blocked', html('<html><body><h1>Access denied</h1><p>Please enable cookies and JavaScript to continue.</p></body></html>')),
      reason: /^the page's text is only \d+ characters \(under 500\): a block page/,
    },
    {
      name: 'page under 30% of the previous version',
      route: '/short',
      setup: () => site.routes.set('/short', html(`<main><h1>Privacy</h1>${'<p>We keep your information safe and we use it only to run your health plan, as the law allows.</p>'.repeat(8)}</main>`)),
      reason: /^the page's text is \d+ characters, under 30% of the \d+ of the newest version/,
    },
    {
      name: 'non-HTML answer',
      route: '/policy.pdf',
      setup: () => site.routes.set('/policy.pdf', (_req, res) => res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4')),
      reason: /^not an HTML page \(Content-Type: application\/pdf\)$/,
    },
    {
      name: 'selector that matches nothing',
      route: '/no-match',
      setup: () => site.routes.set('/no-match', html(policyPage())),
      source: { select: ['#privacy-policy', '.policy-text'] },
      reason: /^no element matches the policy selectors "#privacy-policy", ".policy-text"$/,
    },
  ];

  it.each(cases)('$name', async ({ route, setup, source, fetch, reason }) => {
    setup?.();
    const url = `${site.origin}${route}`;
    const dir = await seedWith({ 'synthetic-insurer-1': { url, ...source } });
    const before = await snapshot(dir);
    const report = await track(dir, ['synthetic-insurer-1'], { fetchOptions: { ...FAST, ...fetch } });
    expect(report.changed).toEqual([]);
    expect(report.unchanged).toEqual([]);
    expect(report.failed).toEqual([{ insurer: 'synthetic-insurer-1', url, reason: expect.stringMatching(reason) as unknown }]);
    expect(withoutTracking(await snapshot(dir))).toEqual(before);
    const [check] = await readTrackingFile(path.join(dir, 'tracking.yaml'));
    expect(check).toEqual({ insurer: 'synthetic-insurer-1', url, checkedAt: NOW.toISOString(), outcome: 'failed', reason: report.failed[0]!.reason });
  });

  it('robots.txt disallowing the page: the page is never requested', async () => {
    site.routes.set('/private/policy', html(page('synthetic-insurer-1')));
    const dir = await seedWith({ 'synthetic-insurer-1': { url: `${site.origin}/private/policy` } });
    const before = await snapshot(dir);
    const report = await track(dir, ['synthetic-insurer-1']);
    expect(report.failed).toEqual([{ insurer: 'synthetic-insurer-1', url: `${site.origin}/private/policy`, reason: expect.stringMatching(/^robots\.txt of http:\/\/127\.0\.0\.1:\d+ disallows it for InsurerPrivacyCompare-Tracker/) as unknown }]);
    expect(pathHits('/private/policy')).toBe(0);
    expect(withoutTracking(await snapshot(dir))).toEqual(before);
  });

  it('a page that changes between the two fetches (dynamic noise)', async () => {
    let visits = 0;
    site.routes.set('/noisy', (req, res) => {
      visits += 1;
      html(page('synthetic-insurer-1', { edit: (t) => t.replace('states its practice number 1 about cookies', `counts visit number ${visits} about cookies`) }))(req, res);
    });
    const dir = await seedWith({ 'synthetic-insurer-1': { url: `${site.origin}/noisy` } });
    const before = await snapshot(dir);
    const report = await track(dir, ['synthetic-insurer-1']);
    expect(visits).toBe(2);
    expect(report.failed).toEqual([{ insurer: 'synthetic-insurer-1', url: `${site.origin}/noisy`, reason: expect.stringMatching(/^the page's words changed between two fetches 50 ms apart \(dynamic content: “.*visit number 1.*” then “.*visit number 2.*”\)/) as unknown }]);
    expect(withoutTracking(await snapshot(dir))).toEqual(before);
  });

  it('a second change on the same day: one version per insurer and day, the first one kept', async () => {
    let wording = 'first rewording';
    site.routes.set('/twice', (req, res) => html(page('synthetic-insurer-1', { edit: (t) => t.replace('states its practice number 4 about', `${wording} of practice number 4 about`) }))(req, res));
    const dir = await seedWith({ 'synthetic-insurer-1': { url: `${site.origin}/twice` } });
    expect((await track(dir, ['synthetic-insurer-1'])).changed).toHaveLength(1);
    const before = await snapshot(dir);
    wording = 'second rewording';
    const report = await track(dir, ['synthetic-insurer-1']);
    expect(report.failed).toEqual([{ insurer: 'synthetic-insurer-1', url: `${site.origin}/twice`, reason: `synthetic-insurer-1 already has a version of ${TODAY} (policies/127.0.0.1/${TODAY}.md)` }]);
    expect(withoutTracking(await snapshot(dir))).toEqual(withoutTracking(before));
    const [check] = await readTrackingFile(path.join(dir, 'tracking.yaml'));
    expect(check).toMatchObject({ outcome: 'failed', version: TODAY });
  });

  it('a failed check keeps the last good check’s version and validators for the next conditional request', async () => {
    let down = false;
    site.routes.set('/flaky', (req, res) => (down ? html('<h1>Down</h1>', {}, 503) : html(page('synthetic-insurer-1'), { etag: '"f1"' }))(req, res));
    const dir = await seedWith({ 'synthetic-insurer-1': { url: `${site.origin}/flaky` } });
    await track(dir, ['synthetic-insurer-1']);
    down = true;
    await track(dir, ['synthetic-insurer-1']);
    const [check] = await readTrackingFile(path.join(dir, 'tracking.yaml'));
    expect(check).toMatchObject({ outcome: 'failed', reason: 'HTTP 503 Service Unavailable', version: '2020-06-01', etag: '"f1"' });
  });
});

describe('conditional requests', () => {
  it('sends the last check’s ETag and Last-Modified back; a 304 is unchanged and writes nothing but the check', async () => {
    const lastModified = 'Tue, 01 Sep 2026 10:00:00 GMT';
    const seen: { ifNoneMatch?: string; ifModifiedSince?: string }[] = [];
    site.routes.set('/etag', (req, res) => {
      seen.push({ ifNoneMatch: req.headers['if-none-match'], ifModifiedSince: req.headers['if-modified-since'] });
      if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304, { etag: '"v1"' }).end();
      html(page('synthetic-insurer-1'), { etag: '"v1"', 'last-modified': lastModified })(req, res);
    });
    const dir = await seedWith({ 'synthetic-insurer-1': { url: `${site.origin}/etag` } });
    expect((await track(dir, ['synthetic-insurer-1'])).unchanged).toEqual([{ insurer: 'synthetic-insurer-1' }]);
    const [first] = await readTrackingFile(path.join(dir, 'tracking.yaml'));
    expect(first).toMatchObject({ outcome: 'unchanged', version: '2020-06-01', etag: '"v1"', lastModified });

    const before = await snapshot(dir);
    const later = new Date('2026-12-02T06:00:00Z');
    const report = await track(dir, ['synthetic-insurer-1'], { now: later, today: '2026-12-02' });
    expect(report).toEqual({ checked: 1, changed: [], unchanged: [{ insurer: 'synthetic-insurer-1' }], failed: [] });
    expect(seen).toEqual([{}, { ifNoneMatch: '"v1"', ifModifiedSince: lastModified }]);
    expect(withoutTracking(await snapshot(dir))).toEqual(withoutTracking(before));
    const [second] = await readTrackingFile(path.join(dir, 'tracking.yaml'));
    expect(second).toEqual({ ...first!, checkedAt: later.toISOString() } satisfies SourceCheck);
  });
});

describe('render: browser', () => {
  it('reads a page whose text appears only after its JavaScript runs, in Chromium', async () => {
    const inner = /<main id="policy">([\s\S]*)<\/main>/.exec(page('synthetic-insurer-1'))![1]!;
    site.routes.set(
      '/app',
      html(`<!doctype html><html><head><title>Privacy</title></head><body><div id="root"><p>Loading…</p></div>
<script>setTimeout(() => { const m = document.createElement('main'); m.id = 'policy'; m.innerHTML = ${JSON.stringify(inner)}; document.getElementById('root').replaceChildren(m); }, 300);</script></body></html>`),
    );
    const url = `${site.origin}/app`;
    const staticDir = await seedWith({ 'synthetic-insurer-1': { url, select: ['#policy'] } });
    const asServed = await track(staticDir, ['synthetic-insurer-1']);
    expect(asServed.failed[0]?.reason).toMatch(/^no element matches the policy selector "#policy"$/);

    const dir = await seedWith({ 'synthetic-insurer-1': { url, select: ['#policy'], render: 'browser' } });
    const before = await snapshot(dir);
    const report = await track(dir, ['synthetic-insurer-1'], { fetchOptions: { ...FAST, timeoutMs: 15_000 } });
    expect(report).toEqual({ checked: 1, changed: [], unchanged: [{ insurer: 'synthetic-insurer-1' }], failed: [] });
    expect(withoutTracking(await snapshot(dir))).toEqual(before);
    expect(site.requests.filter((r) => r.path === '/app').at(-1)!.headers['user-agent']).toBe('InsurerPrivacyCompare-Tracker/1.0 (+policy research; contact in README)');
  }, 60_000);

  it('says why Chromium got no page: an HTTP error, robots.txt', async () => {
    site.routes.set('/app-gone', html('<h1>Gone</h1>', {}, 404));
    const dir = await seedWith({ 'synthetic-insurer-1': { url: `${site.origin}/app-gone`, render: 'browser' }, 'synthetic-insurer-2': { url: `${site.origin}/private/app`, render: 'browser' } });
    const before = await snapshot(dir);
    const report = await track(dir, ['synthetic-insurer-1', 'synthetic-insurer-2'], { fetchOptions: { ...FAST, timeoutMs: 15_000 } });
    expect(report.failed.map((f) => f.reason)).toEqual(['HTTP 404 Not Found (in Chromium)', expect.stringMatching(/^robots\.txt of .* disallows it/) as unknown]);
    expect(pathHits('/private/app')).toBe(0);
    expect(withoutTracking(await snapshot(dir))).toEqual(before);
  }, 60_000);
});

describe('the command line', () => {
  const mixed = async () => {
    site.routes.set('/cli-same', html(page('synthetic-insurer-1')));
    site.routes.set('/cli-changed', html(page('synthetic-insurer-2', { edit: (t) => t.replace('states its practice number 3 about', 'now says its practice number 3 about') })));
    return seedWith({
      'synthetic-insurer-1': { url: `${site.origin}/cli-same` },
      'synthetic-insurer-2': { url: `${site.origin}/cli-changed` },
      'synthetic-insurer-3': { url: `${site.origin}/cli-missing` },
    });
  };
  const expectReportShape = (report: TrackReport) => {
    expect(Object.keys(report)).toEqual(['checked', 'changed', 'unchanged', 'failed']);
    expect(report.checked).toBe(3);
    expect(report.changed).toEqual([{ insurer: 'synthetic-insurer-2', file: `policies/127.0.0.1/${new Date().toISOString().slice(0, 10)}.md`, cells: { carried: expect.any(Number) as unknown, suggested: expect.any(Number) as unknown, flagged: expect.any(Number) as unknown } }]);
    expect(report.unchanged).toEqual([{ insurer: 'synthetic-insurer-1' }]);
    expect(report.failed).toEqual([{ insurer: 'synthetic-insurer-3', url: `${site.origin}/cli-missing`, reason: 'HTTP 404 Not Found' }]);
  };
  const args = (dir: string) => ['--seed-dir', dir, '--json', '--confirm-delay-ms', '50', '--timeout-ms', '3000'];

  it('--json prints exactly one JSON object on stdout, progress on stderr', async () => {
    const dir = await mixed();
    let stdout = '';
    let stderr = '';
    const code = await runTrackCli(args(dir), { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
    expect(code).toBe(0);
    expectReportShape(JSON.parse(stdout) as TrackReport);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('synthetic-insurer-3: failed');
  });

  it('without --json prints a readable summary; a bad option is a usage error', async () => {
    const dir = await mixed();
    let stdout = '';
    expect(await runTrackCli(['--seed-dir', dir, '--insurer', 'synthetic-insurer-3', '--timeout-ms', '3000'], { stdout: (t) => (stdout += t), stderr: () => undefined })).toBe(0);
    expect(stdout).toMatch(/^checked 1 source: 0 changed, 0 unchanged, 1 failed\n {2}failed {5}synthetic-insurer-3 http:\/\/127\.0\.0\.1:\d+\/cli-missing: HTTP 404 Not Found\n/);
    let stderr = '';
    expect(await runTrackCli(['--timeout-ms', 'soon'], { stdout: () => undefined, stderr: (t) => (stderr += t) })).toBe(2);
    expect(stderr).toContain('--timeout-ms must be a whole number');
    expect(await runTrackCli(['--seed-dir', dir, '--insurer', 'nobody'], { stdout: () => undefined, stderr: (t) => (stderr += t) })).toBe(1);
    expect(stderr).toContain('--insurer nobody: no source of "nobody"');
  });

  it('scripts/track.ts as a child process: stdout parses as exactly one JSON object', async () => {
    const dir = await mixed();
    const child = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'scripts', 'track.ts'), ...args(dir)], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code, stderr).toBe(0);
    expectReportShape(JSON.parse(stdout) as TrackReport);
  }, 60_000);
});
