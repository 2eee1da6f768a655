import pLimit, { type LimitFunction } from 'p-limit';
import robotsParser from 'robots-parser';

/**
 * The tracker's HTTP client: one per run. It asks robots.txt first (once per origin per run), sends an
 * honest User-Agent, follows redirects itself (bounded, loops detected, robots.txt asked for every
 * hop), stops a body past the size limit, times out, and keeps at most `perHost` requests per host
 * name and `concurrency` in all in flight at once.
 */
export interface FetchOptions {
  userAgent: string;
  /** Per request (each redirect hop), headers and body together. */
  timeoutMs: number;
  /** Bytes of the decoded body; a longer page is refused, not cut. */
  maxBytes: number;
  maxRedirects: number;
  /** Requests in flight at once, over all hosts. */
  concurrency: number;
  /** Requests in flight at once to one host name (ports and schemes share it: it is one server). */
  perHost: number;
}

export const DEFAULT_FETCH_OPTIONS: FetchOptions = {
  userAgent: 'InsurerPrivacyCompare-Tracker/1.0 (+policy research; contact in README)',
  timeoutMs: 30_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  concurrency: 8,
  perHost: 2,
};

/** RFC 9309 asks crawlers to read at least 500 KiB of robots.txt; more than that is not read. */
const ROBOTS_MAX_BYTES = 500 * 1024;
const ROBOTS_MAX_REDIRECTS = 5;
const HTML_TYPES = ['text/html', 'application/xhtml+xml'];
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export type FetchFailure = 'http' | 'timeout' | 'network' | 'redirect' | 'too-large' | 'not-html' | 'robots' | 'url';

/** A fetch that did not give a page to read: names the URL and says why. */
export class FetchError extends Error {
  override name = 'FetchError';
  constructor(
    readonly url: string,
    readonly kind: FetchFailure,
    readonly reason: string,
  ) {
    super(`${url}: ${reason}`);
  }
}

/** Validators of the copy the tracker last read, for a conditional request. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

export type FetchResult =
  | { status: 'not-modified'; url: string; validators: Validators }
  | { status: 'ok'; url: string; html: string; contentType: string; validators: Validators };

interface RawResponse {
  status: number;
  statusText: string;
  headers: Headers;
  body?: Uint8Array;
}

/** What robots.txt says for one origin: its rules, or a verdict for every path of it. */
type RobotsVerdict = { kind: 'rules'; robot: ReturnType<typeof robotsParser> } | { kind: 'allow-all' } | { kind: 'disallow-all'; reason: string };

export class PoliteFetcher {
  readonly options: FetchOptions;
  private readonly global: LimitFunction;
  private readonly hosts = new Map<string, LimitFunction>();
  private readonly robots = new Map<string, Promise<RobotsVerdict>>();
  /** Every request sent, robots.txt included (the benchmark reports requests per second). */
  requests = 0;

  constructor(options: Partial<FetchOptions> = {}) {
    this.options = { ...DEFAULT_FETCH_OPTIONS, ...options };
    this.global = pLimit(this.options.concurrency);
  }

  /**
   * Runs `task` when its host and the run have a free slot. The host slot is taken first, so a busy
   * host's queue never holds global slots that other hosts could use.
   */
  limited<T>(url: URL, task: () => Promise<T>): Promise<T> {
    let host = this.hosts.get(url.hostname);
    if (!host) {
      host = pLimit(this.options.perHost);
      this.hosts.set(url.hostname, host);
    }
    return host(() => this.global(task));
  }

  /** Throws FetchError (robots) unless the origin's robots.txt lets this User-Agent read the URL. */
  async assertAllowed(url: URL): Promise<void> {
    let verdict = this.robots.get(url.origin);
    if (!verdict) {
      verdict = this.readRobots(url);
      this.robots.set(url.origin, verdict);
    }
    const v = await verdict;
    if (v.kind === 'disallow-all') throw new FetchError(url.href, 'robots', v.reason);
    if (v.kind === 'rules' && v.robot.isAllowed(url.href, this.options.userAgent) === false)
      throw new FetchError(url.href, 'robots', `robots.txt of ${url.origin} disallows it for ${productToken(this.options.userAgent)} (line ${v.robot.getMatchingLineNumber(url.href, this.options.userAgent)})`);
  }

  /**
   * GETs an HTML page: robots.txt permitting, redirects followed, conditional when validators are
   * given (a 304 comes back as not-modified). Throws FetchError for anything that is not a page.
   */
  async getPage(address: string, validators: Validators = {}): Promise<FetchResult> {
    const { response, url } = await this.follow(address, this.options.maxRedirects, true, validators);
    const got = validatorsOf(response.headers);
    if (response.status === 304) {
      if (!validators.etag && !validators.lastModified) throw new FetchError(url, 'http', 'HTTP 304 Not Modified to a request that was not conditional');
      return { status: 'not-modified', url, validators: { ...validators, ...got } };
    }
    if (response.status < 200 || response.status > 299) throw new FetchError(url, 'http', `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    const contentType = response.headers.get('content-type') ?? '';
    const mime = contentType.split(';')[0]!.trim().toLowerCase();
    if (!HTML_TYPES.includes(mime)) throw new FetchError(url, 'not-html', `not an HTML page (Content-Type: ${contentType || 'none'})`);
    return { status: 'ok', url, html: decode(response.body ?? new Uint8Array(), contentType), contentType, validators: got };
  }

  private async readRobots(page: URL): Promise<RobotsVerdict> {
    const address = new URL('/robots.txt', page.origin).href;
    try {
      const { response, url } = await this.follow(address, ROBOTS_MAX_REDIRECTS, false, {}, { maxBytes: ROBOTS_MAX_BYTES, truncate: true });
      // RFC 9309 §2.3.1: a robots.txt that is not there (4xx) allows everything; one the server cannot
      // give (5xx) must be read as disallowing everything.
      if (response.status >= 200 && response.status <= 299) return { kind: 'rules', robot: robotsParser(url, decode(response.body ?? new Uint8Array(), response.headers.get('content-type') ?? '')) };
      if (response.status >= 400 && response.status <= 499) return { kind: 'allow-all' };
      return { kind: 'disallow-all', reason: `robots.txt of ${page.origin} answered HTTP ${response.status}; RFC 9309 reads an unreachable robots.txt as disallowing everything` };
    } catch (err) {
      const reason = err instanceof FetchError ? err.reason : String(err);
      return { kind: 'disallow-all', reason: `robots.txt of ${page.origin}: ${reason}; RFC 9309 reads an unreachable robots.txt as disallowing everything` };
    }
  }

  /** Follows redirects by hand (fetch's own following cannot be bounded, loop-checked or robots-checked). */
  private async follow(
    address: string,
    maxRedirects: number,
    checkRobots: boolean,
    validators: Validators,
    limit: BodyLimit = { maxBytes: this.options.maxBytes, truncate: false },
  ): Promise<{ response: RawResponse; url: string }> {
    let url = parseHttpUrl(address);
    const chain = [url.href];
    for (;;) {
      if (checkRobots) await this.assertAllowed(url);
      const response = await this.limited(url, () => this.request(url, validators, limit));
      if (!REDIRECTS.has(response.status)) return { response, url: url.href };
      const location = response.headers.get('location');
      if (!location) throw new FetchError(url.href, 'redirect', `HTTP ${response.status} redirect without a Location header`);
      let next: URL;
      try {
        next = new URL(location, url);
      } catch {
        throw new FetchError(url.href, 'redirect', `HTTP ${response.status} redirect to an invalid address "${location}"`);
      }
      if (next.protocol !== 'http:' && next.protocol !== 'https:') throw new FetchError(url.href, 'redirect', `redirect to a ${next.protocol} address (${next.href})`);
      next.hash = '';
      if (chain.includes(next.href)) throw new FetchError(chain[0]!, 'redirect', `redirect loop: ${[...chain, next.href].join(' → ')}`);
      chain.push(next.href);
      if (chain.length - 1 > maxRedirects) throw new FetchError(chain[0]!, 'redirect', `too many redirects (more than ${maxRedirects}): ${chain.join(' → ')}`);
      url = next;
    }
  }

  /** One GET, its body read (up to the limit) while the slot is held. */
  private async request(url: URL, validators: Validators, limit: BodyLimit): Promise<RawResponse> {
    const { maxBytes } = limit;
    const { timeoutMs } = this.options;
    const signal = AbortSignal.timeout(timeoutMs);
    const headers: Record<string, string> = {
      'user-agent': this.options.userAgent,
      accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
      'accept-language': 'en-US,en;q=0.8',
    };
    if (validators.etag) headers['if-none-match'] = validators.etag;
    if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
    this.requests += 1;
    try {
      const res = await fetch(url, { redirect: 'manual', headers, signal });
      const base = { status: res.status, statusText: res.statusText, headers: res.headers };
      // Only a page is read; a redirect's or an error's body is dropped unread, freeing the connection.
      if (res.status < 200 || res.status > 299 || !res.body) {
        await res.body?.cancel().catch(() => undefined);
        return base;
      }
      const declared = Number(res.headers.get('content-length'));
      if (!limit.truncate && Number.isFinite(declared) && declared > maxBytes) {
        await res.body.cancel().catch(() => undefined);
        throw new FetchError(url.href, 'too-large', `the page is larger than the limit of ${maxBytes} bytes (Content-Length: ${declared})`);
      }
      return { ...base, body: await readLimited(res.body, limit, url) };
    } catch (err) {
      if (err instanceof FetchError) throw err;
      if (signal.aborted) throw new FetchError(url.href, 'timeout', `timed out after ${timeoutMs} ms`);
      throw new FetchError(url.href, 'network', `could not be fetched (${networkReason(err)})`);
    }
  }
}

/** How much of a body is read: a page past the limit is refused; robots.txt is read up to it (RFC 9309 §2.5). */
interface BodyLimit {
  maxBytes: number;
  truncate: boolean;
}

async function readLimited(body: ReadableStream<Uint8Array>, { maxBytes, truncate }: BodyLimit, url: URL): Promise<Uint8Array> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      if (truncate) {
        chunks.push(value.subarray(0, value.byteLength - (total - maxBytes)));
        break;
      }
      throw new FetchError(url.href, 'too-large', `the page is larger than the limit of ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function parseHttpUrl(address: string): URL {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new FetchError(address, 'url', 'not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchError(address, 'url', `not an http(s) URL`);
  url.hash = '';
  return url;
}

function validatorsOf(headers: Headers): Validators {
  const etag = headers.get('etag') ?? undefined;
  const lastModified = headers.get('last-modified') ?? undefined;
  return { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
}

/** The robots.txt name of a User-Agent: its product token ("InsurerPrivacyCompare-Tracker"). */
export function productToken(userAgent: string): string {
  return userAgent.split('/')[0]!.trim();
}

function networkReason(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (err as Error).message ?? String(err);
}

/** The body as text: the charset the header names, else a <meta charset> in the first KiB, else UTF-8. */
export function decode(bytes: Uint8Array, contentType: string): string {
  const declared = /charset\s*=\s*"?([\w-]+)/i.exec(contentType)?.[1] ?? /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(Buffer.from(bytes.subarray(0, 1024)).toString('latin1'))?.[1];
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declared ?? 'utf-8');
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
}

/** windows-1252's 0x80–0x9F (curly quotes, dashes, €, ™); the other bytes are their own code points. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Node 20's TextDecoder reads windows-1252 (which the labels latin1, iso-8859-1 and ascii also mean)
 * as ISO-8859-1, turning an old page's curly quotes into control characters: decoded here instead.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const codes = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b));
    out += String.fromCharCode(...codes);
  }
  return out;
}
