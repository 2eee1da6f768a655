/**
 * Which /insurers/… addresses name things that exist. The pages behind them would answer an unknown
 * slug with notFound(), but Next then sends a 404 whose HTML is an empty error shell with the message
 * only in the client payload (vercel/next.js#62228): blank without JavaScript. The proxy uses this to
 * send such requests to the server-rendered not-found page instead.
 */
export interface RouteIndex {
  /** insurer slug → its versions' dates */
  insurers: ReadonlyMap<string, ReadonlySet<string>>;
  topics: ReadonlySet<string>;
}

/** False only for an /insurers/ address whose insurer, topic or version date does not exist. */
export function isKnownInsurerPath(decodedPath: string, index: RouteIndex): boolean {
  const segments = decodedPath.split('/').filter(Boolean);
  if (segments[0] !== 'insurers' || segments.length < 2) return true;
  const versions = index.insurers.get(segments[1]!);
  if (!versions) return false;
  const [, , third, fourth] = segments;
  if (segments.length === 2 || (third === 'history' && segments.length === 3)) return true;
  if (third === 'versions' && segments.length === 4) return versions.has(fourth!);
  if (segments.length === 3) return index.topics.has(third!);
  return true;
}
