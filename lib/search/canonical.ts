import { parseSearchParams, SEARCH_PAGE_SIZE } from './params';

/**
 * A search's canonical address, for the results page kept once rendered: the query (spaces collapsed),
 * the known topics and insurers it is narrowed to (sorted), every version or the newest, and the page.
 * Searches that are not plain results (no query, an empty or malformed one, a bad number, a page
 * size other than the page's) have none and are rendered per request. The key travels as one path
 * segment in base64url, so no character of the query can change the route.
 */
export function canonicalSearch(params: URLSearchParams, known: { topics: ReadonlySet<string>; insurers: ReadonlySet<string> }): string | null {
  const req = parseSearchParams(params);
  if (!req.query.ok || req.numberError || req.limit !== SEARCH_PAGE_SIZE || req.offset % SEARCH_PAGE_SIZE !== 0) return null;
  if (params.has('limit') || params.has('offset')) return null;
  const canonical = new URLSearchParams();
  canonical.set('q', (params.get('q') ?? '').replace(/\s+/g, ' ').trim());
  const topics = req.topics.filter((t) => known.topics.has(t)).sort();
  const insurers = req.insurers.filter((i) => known.insurers.has(i)).sort();
  if (topics.length) canonical.set('topics', topics.join(','));
  if (insurers.length) canonical.set('insurers', insurers.join(','));
  if (req.versions === 'all') canonical.set('versions', 'all');
  const page = req.offset / SEARCH_PAGE_SIZE + 1;
  if (page > 1) canonical.set('page', String(page));
  return Buffer.from(canonical.toString(), 'utf8').toString('base64url');
}

/** The search a canonical key stands for, or null when the key is not one canonicalSearch would give. */
export function searchOfKey(key: string, known: { topics: ReadonlySet<string>; insurers: ReadonlySet<string> }): URLSearchParams | null {
  if (!/^[A-Za-z0-9_-]{1,4096}$/.test(key)) return null;
  const params = new URLSearchParams(Buffer.from(key, 'base64url').toString('utf8'));
  return canonicalSearch(params, known) === key ? params : null;
}
