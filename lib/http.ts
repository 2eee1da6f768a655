import 'server-only';

/**
 * Responses of the API and feed routes. The data changes only when the site is re-seeded and rebuilt,
 * so shared caches may keep an answer for a few minutes and revalidate it by its ETag. Next compresses
 * them (see lib/server-fixes.ts for why it did not before).
 */
export const API_CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=3600';

/**
 * RFC 9110 §13.1.2: If-None-Match uses the weak comparison, so W/"x" matches "x"; the header may be a
 * list, and "*" matches any current representation.
 */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  const mine = opaque(etag);
  return header.split(',').some((tag) => opaque(tag) === mine);
}

/** A host name (and port) longer than DNS allows is no host: refused rather than echoed into links. */
const MAX_HOST_LENGTH = 255;

/** The origin of `proto://host`, or null when the host is not one a URL can hold (bad punycode, port 99999, 999.999.999.999). */
function originOf(proto: string, host: string | null | undefined): string | null {
  if (!host || host.length > MAX_HOST_LENGTH || !/^[a-z0-9.:[\]-]+$/i.test(host)) return null;
  try {
    return new URL(`${proto}://${host}`).origin;
  } catch {
    return null;
  }
}

/** How absolute links of exports are made, and which request headers their body then depends on. */
/**
 * A page's rel=canonical, absolute as it must be: only when SITE_URL names the public origin. Pages are
 * prerendered without a request, so without SITE_URL there is no host to name and no canonical is given.
 */
export function canonicalAlternate(path: string): { canonical?: string } {
  const configured = process.env.SITE_URL;
  if (!configured) return {};
  try {
    return { canonical: new URL(path, new URL(configured).origin).href };
  } catch {
    return {};
  }
}

export type Origin = { ok: true; origin: string; vary: string | null } | { ok: false; message: string };

/**
 * The origin absolute links in exports (CSV, feed) start with: SITE_URL when configured (the answer then
 * depends on no request header); else, only when TRUST_PROXY=1 says a proxy in front sets them,
 * X-Forwarded-Host/-Proto; else the Host header, over http (behind TLS, set SITE_URL). A host that cannot make a URL is a 400, never a
 * link to it; `vary` names the headers the body was made from, for the response's Vary.
 */
export function publicOrigin(request: Request): Origin {
  const configured = process.env.SITE_URL;
  if (configured) {
    try {
      return { ok: true, origin: new URL(configured).origin, vary: null };
    } catch {
      // A malformed SITE_URL falls through to the request's host.
    }
  }
  // `next start` speaks plain HTTP; Next builds request.url from X-Forwarded-Proto, which is not trusted here.
  const ownProto = 'http';
  if (process.env.TRUST_PROXY === '1') {
    const forwardedHost = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim();
    const forwardedProto = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim();
    const proto = forwardedProto === 'https' || forwardedProto === 'http' ? forwardedProto : ownProto;
    if (forwardedHost) {
      const origin = originOf(proto, forwardedHost);
      return origin ? { ok: true, origin, vary: 'X-Forwarded-Host, X-Forwarded-Proto' } : { ok: false, message: 'X-Forwarded-Host does not name a valid host' };
    }
  }
  const origin = originOf(ownProto, request.headers.get('host'));
  return origin ? { ok: true, origin, vary: 'Host' } : { ok: false, message: 'the Host header does not name a valid host' };
}

/** A plain-text 400 for a request whose Host cannot make absolute links. */
export function badHost(message: string): Response {
  return new Response(`Bad request: ${message}.\n`, { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
}
