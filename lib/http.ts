import 'server-only';
import { createHash } from 'node:crypto';

/**
 * Responses of the API and feed routes. The data changes only when the site is re-seeded and rebuilt,
 * so shared caches may keep an answer for a few minutes and revalidate it by its ETag. Next compresses
 * them (see lib/server-fixes.ts for why it did not before).
 */
export const API_CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=3600';

export function sendBody(request: Request, body: string, headers: Record<string, string>, status = 200): Response {
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  const common = { ...headers, etag, 'cache-control': status === 200 ? API_CACHE_CONTROL : 'no-store' };
  if (status === 200 && request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers: common });
  if (request.method === 'HEAD') return new Response(null, { status, headers: common });
  return new Response(body, { status, headers: common });
}

export function sendJson(request: Request, value: unknown, status = 200): Response {
  return sendBody(request, JSON.stringify(value), { 'content-type': 'application/json; charset=utf-8' }, status);
}

const HOST = /^[a-z0-9.-]+(:\d{1,5})?$/i;

/**
 * The origin absolute links in exports start with: SITE_URL when configured, else the host the client
 * asked for (X-Forwarded-Host/-Proto behind a proxy, else Host), else the server's own.
 */
export function publicOrigin(request: Request): string {
  const configured = process.env.SITE_URL;
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      // A malformed SITE_URL falls through to the request's host.
    }
  }
  const forwarded = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim();
  const host = forwarded && HOST.test(forwarded) ? forwarded : request.headers.get('host');
  if (host && HOST.test(host)) {
    const proto = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim();
    return `${proto === 'https' || proto === 'http' ? proto : new URL(request.url).protocol.replace(':', '')}://${host}`;
  }
  return new URL(request.url).origin;
}
