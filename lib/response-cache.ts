import 'server-only';
import { createHash } from 'node:crypto';
import { API_CACHE_CONTROL, matchesIfNoneMatch } from './http';

/**
 * Answers of the API and feed routes, kept per process. The corpus changes only with a new seed (and a
 * new process), so an answer computed once stays right; what a request adds is finding its entry. Keys
 * are canonical (made from validated values, so junk in a query string maps to the same key), but
 * strangers can still combine filters freely: every cache is an LRU bounded by entries and bytes.
 */
interface Entry {
  body: string;
  etag: string;
  headers: Record<string, string>;
  status: number;
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

export type Built = { body: string; headers: Record<string, string>; status?: number };

/** Builds an entry once: the ETag is computed with the body, never per request. */
export function toEntry(built: Built): Entry {
  const status = built.status ?? 200;
  return {
    body: built.body,
    etag: `"${createHash('sha1').update(built.body).digest('base64url')}"`,
    headers: built.headers,
    status,
    bytes: built.body.length * 2 + 256,
  };
}

/** The response of an entry for this request: 304 when If-None-Match matches, no body for HEAD. */
export function respond(request: Request, entry: Entry): Response {
  const headers = { ...entry.headers, etag: entry.etag, 'cache-control': entry.status === 200 ? API_CACHE_CONTROL : 'no-store' };
  if (entry.status === 200 && matchesIfNoneMatch(request.headers.get('if-none-match'), entry.etag)) return new Response(null, { status: 304, headers });
  if (request.method === 'HEAD') return new Response(null, { status: entry.status, headers });
  return new Response(entry.body, { status: entry.status, headers });
}

/** The answer for `key`, from the cache or built now (and kept when it is a 200). */
export async function cached(cache: ResponseCache, request: Request, key: string, build: () => Promise<Built>): Promise<Response> {
  let entry = cache.get(key);
  if (!entry) {
    entry = toEntry(await build());
    if (entry.status === 200) cache.set(key, entry);
  }
  return respond(request, entry);
}

export const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };

/** An answer made for this request alone (an error, a 404): the same ETag and 304 rules, nothing kept. */
export function sendBody(request: Request, body: string, headers: Record<string, string>, status = 200): Response {
  return respond(request, toEntry({ body, headers, status }));
}

export function sendJson(request: Request, value: unknown, status = 200): Response {
  return sendBody(request, JSON.stringify(value), JSON_TYPE, status);
}

/** One cache per route family; 500 answers or 32 MB each, whichever comes first. */
export function routeCache(): ResponseCache {
  return new ResponseCache(500, 32 * 1024 * 1024);
}
