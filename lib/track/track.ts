import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parse } from 'yaml';
import { IngestError, planIngest, type IngestPlan } from '../ingest/ingest';
import { ParseError, parsePolicy, type ParsedPolicy } from '../ingest/parse';
import { parseSeed, type ParsedSeed } from '../ingest/parse-seed';
import { checkSeedFiles, planWrites, writeSeedFiles, type SeedWrite } from '../ingest/pipeline';
import { readSeedBundle } from '../ingest/read';
import { validateCorpus, type Corpus, type CorpusSource } from '../ingest/validate';
import { ISO_DAY, SourcesFileSchema, type PolicySource, type SourceCheck } from '../schemas';
import { loadRules } from '../suggest/rules';
import { checkLength, policyWords, sameWords, TextCheckError } from './compare';
import { ConvertError, htmlToMarkdown } from './convert';
import { FetchError, PoliteFetcher, type FetchOptions, type Validators } from './fetch';
import { fetchedText } from './provenance';
import { BrowserRenderer, RenderError } from './render';
import { nextChecks, renderTrackingFile, sourceKey, TRACKING_FILE } from './tracking-file';

/** The run cannot start as asked (no sources.yaml, a source the seed does not list, an unknown --insurer, …). */
export class TrackError extends Error {
  override name = 'TrackError';
}

export interface TrackOptions {
  seedDir: string;
  /** A sources file (default: the seed's sources.yaml) or the sources themselves; each must be one of the seed's. */
  sources?: string | readonly PolicySource[];
  /** Check only these insurers' sources. */
  insurers?: readonly string[];
  /** The day new versions are dated (UTC); default: today. */
  today?: string;
  /** The moment recorded as checkedAt; default: now. */
  now?: Date;
  fetchOptions?: Partial<FetchOptions>;
  /** How long to wait before the second fetch that confirms a change (dynamic pages differ between the two). */
  confirmDelayMs?: number;
  chromiumPath?: string;
  /** Progress lines (default: stderr; stdout is left to the report). */
  log?: (line: string) => void;
}

export interface TrackReport {
  checked: number;
  changed: { insurer: string; file: string; cells: { carried: number; suggested: number; flagged: number } }[];
  unchanged: { insurer: string }[];
  failed: { insurer: string; url: string; reason: string }[];
}

export const DEFAULT_CONFIRM_DELAY_MS = 60_000;

type TrackedSource = PolicySource & { lastCheck?: SourceCheck };

type Outcome =
  | { kind: 'unchanged'; source: TrackedSource; version: string; validators: Validators }
  | { kind: 'changed'; source: TrackedSource; url: string; text: string; policy: ParsedPolicy; validators: Validators }
  | { kind: 'failed'; source: TrackedSource; reason: string };

/** A read of the live page: not modified since the last check, or its text as a fetched version would hold it. */
type Reading = { kind: 'not-modified'; validators: Validators } | { kind: 'page'; url: string; text: string; policy: ParsedPolicy; words: string[]; validators: Validators };

interface Run {
  corpus: Corpus;
  fetcher: PoliteFetcher;
  renderer: BrowserRenderer;
  today: string;
  confirmDelayMs: number;
}

/**
 * `npm run track`, stage by stage:
 * 1. the seed as it stands, validated (the tracker only adds to a valid seed), and the sources to check;
 * 2. per source, concurrently within the fetcher's limits: fetch (or render) → select the policy
 *    element, convert to Markdown → parse with the seed's parser → length check → words compared with
 *    the insurer's newest version → when they differ, a second fetch after the confirm delay, which
 *    must give the same words;
 * 3. each changed text planned through the ingest path (planIngest: reviewed cells whose quotes
 *    still occur carried, the rest suggested, flagged where quotes vanished);
 * 4. the new versions and tracking.yaml written into a scratch copy of the seed, validated as the seed
 *    would be, then moved into place. A source that fails anywhere is recorded as failed with its
 *    reason, and nothing of it is written.
 */
export async function trackSources(options: TrackOptions): Promise<TrackReport> {
  const log = options.log ?? ((line: string) => void process.stderr.write(`${line}\n`));
  const now = options.now ?? new Date();
  const today = options.today ?? now.toISOString().slice(0, 10);
  if (!ISO_DAY.test(today)) throw new TrackError(`today "${today}" is not a day (YYYY-MM-DD)`);
  const seed = parseSeed(await readSeedBundle(options.seedDir));
  const corpus = validateCorpus(seed);
  const sources = await sourcesToCheck(options, seed, corpus);

  const fetcher = new PoliteFetcher(options.fetchOptions);
  const renderer = new BrowserRenderer(fetcher, options.chromiumPath);
  const run: Run = { corpus, fetcher, renderer, today, confirmDelayMs: options.confirmDelayMs ?? DEFAULT_CONFIRM_DELAY_MS };
  let outcomes: Outcome[];
  try {
    outcomes = await Promise.all(
      sources.map(async (source) => {
        const outcome = await checkSource(source, run);
        log(describe(outcome));
        return outcome;
      }),
    );
  } finally {
    await renderer.close();
  }

  const { plans, failed } = await writeOutcomes(options.seedDir, seed, corpus, outcomes, now, log);
  for (const o of outcomes) {
    const reason = failed.get(sourceKey(o.source));
    if (reason) log(`${o.source.insurer}: failed, no version written: ${reason}`);
  }
  const report: TrackReport = { checked: outcomes.length, changed: [], unchanged: [], failed: [] };
  for (const o of outcomes) {
    const key = sourceKey(o.source);
    const failure = o.kind === 'failed' ? o.reason : failed.get(key);
    const plan = plans.get(key);
    if (failure !== undefined) report.failed.push({ insurer: o.source.insurer, url: o.source.url, reason: failure });
    else if (o.kind === 'unchanged') report.unchanged.push({ insurer: o.source.insurer });
    else if (plan)
      report.changed.push({
        insurer: o.source.insurer,
        file: plan.policyPath,
        cells: {
          carried: plan.cells.filter((c) => c.review === 'carried').length,
          suggested: plan.cells.filter((c) => c.review === 'suggested').length,
          flagged: plan.cells.filter((c) => c.flag).length,
        },
      });
  }
  return report;
}

async function sourcesToCheck(options: TrackOptions, seed: ParsedSeed, corpus: Corpus): Promise<TrackedSource[]> {
  if (!seed.sources) throw new TrackError(`${path.join(options.seedDir, 'sources.yaml')}: not found; the tracker checks the sources it lists (and tracking.yaml needs it beside it)`);
  let list: readonly PolicySource[] = corpus.sources;
  let from = path.join(options.seedDir, 'sources.yaml');
  if (typeof options.sources === 'string') {
    from = options.sources;
    const text = await readFile(options.sources, 'utf8').catch((err: NodeJS.ErrnoException) => {
      throw new TrackError(`${options.sources as string}: cannot read (${err.code ?? err.message})`);
    });
    let data: unknown;
    try {
      data = parse(text);
    } catch (err) {
      throw new TrackError(`${from}: not YAML (${(err as Error).message.split('\n')[0]})`);
    }
    const parsed = SourcesFileSchema.safeParse(data);
    if (!parsed.success) throw new TrackError(`${from}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    list = parsed.data.sources;
  } else if (options.sources) {
    from = 'the sources given';
    const parsed = SourcesFileSchema.safeParse({ sources: options.sources });
    if (!parsed.success) throw new TrackError(`${from}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    list = parsed.data.sources;
  }
  const known = new Map<string, CorpusSource>(corpus.sources.map((s) => [sourceKey(s), s]));
  const seen = new Set<string>();
  const tracked = list.map((s) => {
    const key = sourceKey(s);
    const own = known.get(key);
    // tracking.yaml may only name the seed's own sources: anything else would make the seed invalid.
    if (!own) throw new TrackError(`${from}: ${s.insurer} at ${s.url} is not a source in ${path.join(options.seedDir, 'sources.yaml')}; add it there first`);
    if (seen.has(key)) throw new TrackError(`${from}: ${s.insurer} at ${s.url} is listed twice`);
    seen.add(key);
    return { ...s, ...(own.lastCheck ? { lastCheck: own.lastCheck } : {}) };
  });
  if (!options.insurers?.length) return tracked;
  for (const slug of options.insurers)
    if (!tracked.some((s) => s.insurer === slug)) throw new TrackError(`--insurer ${slug}: no source of "${slug}" in ${from}`);
  return tracked.filter((s) => options.insurers!.includes(s.insurer));
}

async function checkSource(source: TrackedSource, run: Run): Promise<Outcome> {
  const insurer = run.corpus.insurers.find((i) => i.meta.slug === source.insurer)!;
  const newest = insurer.versions.at(-1)!;
  const newestWords = policyWords(newest.policy);
  // Validators hold only for the page that matched the newest version; a browser page's shell can stay
  // the same while its script brings new words, so browser sources are always read in full.
  const last = source.lastCheck;
  const conditional: Validators =
    source.render === 'static' && last?.version === newest.date ? { ...(last.etag ? { etag: last.etag } : {}), ...(last.lastModified ? { lastModified: last.lastModified } : {}) } : {};
  try {
    const first = await read(source, conditional, run);
    if (first.kind === 'not-modified') return { kind: 'unchanged', source, version: newest.date, validators: first.validators };
    checkLength(first.url, first.words, newestWords);
    if (sameWords(first.words, newestWords)) return { kind: 'unchanged', source, version: newest.date, validators: first.validators };
    // Words that differ from the newest version are taken only if a second read a while later gives the
    // same words: rotating banners, counters and "you last visited" lines differ between the two.
    await sleep(run.confirmDelayMs);
    const second = await read(source, {}, run);
    if (second.kind === 'not-modified') throw new FetchError(source.url, 'http', 'HTTP 304 Not Modified to a request that was not conditional');
    if (!sameWords(first.words, second.words))
      throw new TextCheckError(second.url, `the page's words changed between two fetches ${run.confirmDelayMs} ms apart (dynamic content: ${firstDifference(first.words, second.words)}); select the policy element or remove the changing part in sources.yaml`);
    return { kind: 'changed', source, url: first.url, text: first.text, policy: first.policy, validators: second.validators };
  } catch (err) {
    return { kind: 'failed', source, reason: reasonOf(err) };
  }
}

async function read(source: TrackedSource, validators: Validators, run: Run): Promise<Reading> {
  let page: { url: string; html: string; validators: Validators };
  if (source.render === 'browser') {
    const rendered = await run.renderer.render(source.url, source.select);
    page = { ...rendered, validators: {} };
  } else {
    const fetched = await run.fetcher.getPage(source.url, validators);
    if (fetched.status === 'not-modified') return { kind: 'not-modified', validators: fetched.validators };
    page = fetched;
  }
  const markdown = htmlToMarkdown(page.html, { url: page.url, select: source.select, remove: source.remove });
  if (!markdown) throw new TextCheckError(page.url, 'the policy element holds no text: a block page, an error page or a cookie wall, not the policy');
  const text = fetchedText(page.url, run.today, markdown);
  const policy = parsePolicy(text, { file: page.url, format: 'markdown' });
  if (policy.provenance?.kind !== 'fetched') throw new TextCheckError(page.url, 'the text does not begin with the provenance line the tracker wrote');
  return { kind: 'page', url: page.url, text, policy, words: policyWords(policy), validators: page.validators };
}

/** Every stage's own error says why; anything else is a bug, reported as such rather than hidden. */
function reasonOf(err: unknown): string {
  if (err instanceof FetchError || err instanceof RenderError || err instanceof ConvertError || err instanceof TextCheckError) return err.reason;
  if (err instanceof ParseError) return `the page's text does not parse as a policy (${err.message})`;
  return `unexpected ${(err as Error).name ?? 'error'}: ${(err as Error).message ?? String(err)}`;
}

function firstDifference(a: readonly string[], b: readonly string[]): string {
  const i = a.findIndex((w, n) => w !== b[n]);
  const at = i < 0 ? Math.min(a.length, b.length) : i;
  const cut = (s: string | undefined) => (s === undefined ? 'nothing' : `“${s.length > 80 ? `${s.slice(0, 80)}…` : s}”`);
  return `${cut(a[at])} then ${cut(b[at])}`;
}

function describe(o: Outcome): string {
  if (o.kind === 'unchanged') return `${o.source.insurer}: unchanged (the words of ${o.version}) ${o.source.url}`;
  if (o.kind === 'changed') return `${o.source.insurer}: the words changed ${o.url}`;
  return `${o.source.insurer}: failed ${o.source.url}: ${o.reason}`;
}

/**
 * Plans every changed text (in source order, each on top of the previous plan's insurers.yaml), then
 * writes the versions and tracking.yaml through the seed's scratch-and-validate step. When the seed
 * would not validate, each plan is checked on its own and the ones at fault become failures.
 */
async function writeOutcomes(
  seedDir: string,
  seed: ParsedSeed,
  corpus: Corpus,
  outcomes: readonly Outcome[],
  now: Date,
  log: (line: string) => void,
): Promise<{ plans: Map<string, IngestPlan>; failed: Map<string, string> }> {
  const failed = new Map<string, string>();
  const changed = outcomes.filter((o) => o.kind === 'changed');
  const rules = changed.length ? loadRules(seed.taxonomy.topics) : undefined;
  const insurersYaml = await readFile(path.join(seedDir, 'insurers.yaml'), 'utf8');
  const annotationOf = (slug: string) => readFile(path.join(seedDir, 'annotations', `${slug}.yaml`), 'utf8').catch(() => null);

  const planAll = async (list: typeof changed, yaml: string): Promise<Map<string, IngestPlan>> => {
    const plans = new Map<string, IngestPlan>();
    const reserved = new Set<string>();
    const byInsurer = new Map<string, string>();
    for (const o of list) {
      const key = sourceKey(o.source);
      const other = byInsurer.get(o.source.insurer);
      if (other) {
        failed.set(key, `another source of ${o.source.insurer} (${other}) already gave its version of ${o.policy.provenance!.date}; one version per day`);
        continue;
      }
      try {
        const plan = planIngest(
          { bytes: Buffer.from(o.text, 'utf8'), rawText: o.text, policy: o.policy, sourceName: o.url, insurer: o.source.insurer, today: o.policy.provenance!.date, reservedPaths: reserved },
          corpus,
          { insurersYaml: yaml, annotationYaml: await annotationOf(o.source.insurer) },
          rules!,
        );
        plans.set(key, plan);
        reserved.add(plan.policyPath);
        byInsurer.set(o.source.insurer, o.source.url);
        yaml = plan.insurersYaml;
      } catch (err) {
        if (!(err instanceof IngestError)) throw err;
        failed.set(key, err.message);
      }
    }
    return plans;
  };

  let plans = await planAll(changed, insurersYaml);
  const tryWrite = () => writeSeedFiles(seedDir, filesOf(plans, trackingWrite(corpus, outcomes, plans, failed, now)));
  try {
    await tryWrite();
  } catch (err) {
    if (plans.size === 0) throw err;
    log(`the seed would not validate with every new version (${(err as Error).message.split('\n')[0]}); checking each on its own`);
    for (const o of changed.filter((c) => plans.has(sourceKey(c.source)))) {
      // Alone, on the seed as it is: a plan of the run is made on top of the plans before it.
      const [alone] = (await planAll([o], insurersYaml)).values();
      if (!alone) continue;
      try {
        await checkSeedFiles(seedDir, planWrites(alone));
      } catch (own) {
        failed.set(sourceKey(o.source), `the new version would make the seed invalid: ${(own as Error).message.split('\n').slice(0, 3).join('; ')}`);
      }
    }
    plans = await planAll(changed.filter((o) => !failed.has(sourceKey(o.source))), insurersYaml);
    await tryWrite();
  }
  return { plans, failed };
}

/** The files to write, one per path: plans build on each other, so the last insurers.yaml holds them all. */
function filesOf(plans: ReadonlyMap<string, IngestPlan>, tracking: SeedWrite): SeedWrite[] {
  const byPath = new Map<string, SeedWrite>();
  for (const plan of plans.values()) for (const w of planWrites(plan)) byPath.set(w.path, w);
  byPath.set(tracking.path, tracking);
  return [...byPath.values()];
}

function trackingWrite(corpus: Corpus, outcomes: readonly Outcome[], plans: ReadonlyMap<string, IngestPlan>, failed: ReadonlyMap<string, string>, now: Date): SeedWrite {
  const checkedAt = now.toISOString();
  const checks = new Map<string, SourceCheck>();
  for (const o of outcomes) {
    const key = sourceKey(o.source);
    const base = { insurer: o.source.insurer, url: o.source.url, checkedAt };
    const reason = o.kind === 'failed' ? o.reason : failed.get(key);
    const plan = plans.get(key);
    if (reason !== undefined || (o.kind === 'changed' && !plan)) {
      // Nothing was written: the last good check's version and validators still describe what is on file.
      const last = o.source.lastCheck;
      checks.set(key, { ...base, outcome: 'failed', reason: reason ?? 'not written', ...(last?.version ? { version: last.version, ...pickValidators(last) } : {}) });
    } else if (o.kind === 'unchanged') checks.set(key, { ...base, outcome: 'unchanged', version: o.version, ...pickValidators(o.validators) });
    else if (o.kind === 'changed') checks.set(key, { ...base, outcome: 'changed', version: o.policy.provenance!.date, ...pickValidators(o.validators) });
  }
  return { path: TRACKING_FILE, data: renderTrackingFile(nextChecks(corpus.sources, checks)) };
}

function pickValidators(v: Validators): Validators {
  return { ...(v.etag ? { etag: v.etag } : {}), ...(v.lastModified ? { lastModified: v.lastModified } : {}) };
}
