import 'server-only';
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { API_CACHE_CONTROL, matchesIfNoneMatch } from './http';

/**
 * Answers of the API and feed routes, kept per process. The corpus changes only with a new seed (and a
 * new process), so an answer computed once stays right; what a request adds is finding its entry. Keys
 * are canonical (made from validated values, so junk in a query string maps to the same key), but
 * strangers can still combine filters freely: every cache is an LRU bounded by entries and bytes.
 */
export interface Entry {
  body: string;
  etag: string;
  headers: Record<string, string>;
  status: number;
  /** The body gzipped once, for routes that send entries themselves (sendEntry). */
  gzip?: Buffer;
  bytes: number;
}

export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(
    readonly maxEntries: number,
    readonly maxBytes: number,
  ) {}

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  get(key: string): Entry | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, entry: Entry): void {
    const old = this.entries.get(key);
    if (old) {
      this.bytes -= old.bytes;
      this.entries.delete(key);
    }
    // An answer larger than the whole budget is sent but never kept.
    if (entry.bytes > this.maxBytes) return;
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    while (this.entries.size > this.maxEntries || this.bytes > this.maxBytes) {
      const [oldestKey, oldest] = this.entries.entries().next().value!;
      this.entries.delete(oldestKey);
      this.bytes -= oldest.bytes;
    }
  }
}

/**
 * Whether a request accepts gzip (RFC 9110 §12.5.3: a coding with q=0 is refused). Only a route that
 * sends an entry itself needs this: Next compresses everything else.
 */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  return value.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding !== 'gzip' && coding !== 'x-gzip' && coding !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

/**
 * Sends an entry on Node's response: 304 on a matching If-None-Match, its gzip bytes when accepted, no
 * body for HEAD. App Router route handlers cannot send precompressed bytes (Next drops a handler's
 * Content-Encoding and compresses again, per request), so the one route whose answer is large enough
 * for that to matter is a Pages API route writing to Node's response (pages/api/matrix.ts; README: Decisions).
 */
export function sendEntry(req: IncomingMessage, res: ServerResponse, entry: Entry): void {
  const headers = { ...entryHeaders(entry), vary: 'Accept-Encoding' };
  const ifNoneMatch = req.headers['if-none-match'];
  if (entry.status === 200 && matchesIfNoneMatch(typeof ifNoneMatch === 'string' ? ifNoneMatch : null, entry.etag)) {
    res.writeHead(304, headers).end();
    return;
  }
  const gzip = acceptsGzip(req.headers['accept-encoding']);
  const body = gzip && entry.gzip ? entry.gzip : Buffer.from(entry.body, 'utf8');
  res.writeHead(entry.status, { ...headers, ...(gzip && entry.gzip ? { 'content-encoding': 'gzip' } : {}), 'content-length': String(body.length) });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** An entry for `key`, from the cache or built now (and kept when it is a 200). */
export async function cachedEntry(cache: ResponseCache, key: string, build: () => Promise<Built>, options: { gzip?: boolean } = {}): Promise<Entry> {
  let entry = cache.get(key);
  if (!entry) {
    entry = toEntry(await build(), options);
    if (entry.status === 200) cache.set(key, entry);
  }
  return entry;
}

export type Built = { body: string; headers: Record<string, string>; status?: number };

/** Builds an entry once: the ETag is computed with the body, never per request. */
export function toEntry(built: Built, options: { gzip?: boolean } = {}): Entry {
  const status = built.status ?? 200;
  const gzip = options.gzip ? gzipSync(built.body) : undefined;
  return {
    body: built.body,
    etag: `"${createHash('sha1').update(built.body).digest('base64url')}"`,
    headers: built.headers,
    status,
    ...(gzip ? { gzip } : {}),
    bytes: built.body.length * 2 + (gzip?.length ?? 0) + 256,
  };
}

/** What every answer of an entry carries: its own headers, its ETag and the cache policy (none for errors). */
function entryHeaders(entry: Entry): Record<string, string> {
  return { ...entry.headers, etag: entry.etag, 'cache-control': entry.status === 200 ? API_CACHE_CONTROL : 'no-store' };
}

/** The response of an entry for this request: 304 when If-None-Match matches, no body for HEAD. */
export function respond(request: Request, entry: Entry): Response {
  const headers = entryHeaders(entry);
  if (entry.status === 200 && matchesIfNoneMatch(request.headers.get('if-none-match'), entry.etag)) return new Response(null, { status: 304, headers });
  if (request.method === 'HEAD') return new Response(null, { status: entry.status, headers });
  return new Response(entry.body, { status: entry.status, headers });
}

/** The answer for `key`, from the cache or built now (and kept when it is a 200). */
export async function cached(cache: ResponseCache, request: Request, key: string, build: () => Promise<Built>): Promise<Response> {
  return respond(request, await cachedEntry(cache, key, build));
}

export const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };

/** An answer made for this request alone (an error, a 404): the same ETag and 304 rules, nothing kept. */
export function sendBody(request: Request, body: string, headers: Record<string, string>, status = 200): Response {
  return respond(request, toEntry({ body, headers, status }));
}

export function sendJson(request: Request, value: unknown, status = 200): Response {
  return sendBody(request, JSON.stringify(value), JSON_TYPE, status);
}

/**
 * One cache per route family: 500 answers or 8 MB each, whichever comes first. The answers the corpus
 * defines (the full grid, each insurer) fit many times over; strangers' combinations of filters only
 * push older ones out. Seven families: at most 56 MB in all (bench: memory phase).
 */
export function routeCache(): ResponseCache {
  return new ResponseCache(500, 8 * 1024 * 1024);
}
