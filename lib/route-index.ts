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

/** Pages under an insurer that take no further segment. */
const INSURER_PAGES = new Set(['history', 'compare']);

/**
 * False for an /insurers/ address that names no page: an unknown insurer, topic or version date, or a
 * shape no route has. Segments are decoded one by one, as Next routes them: `cookies%2Fx` is one
 * segment "cookies/x", which is no topic.
 */
export function isKnownInsurerPath(rawPath: string, index: RouteIndex): boolean {
  let segments: string[];
  try {
    segments = rawPath.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return false;
  }
  if (segments[0] !== 'insurers' || segments.length < 2) return true;
  const [, insurer, third, fourth, fifth] = segments as [string, string, string?, string?, string?];
  const versions = index.insurers.get(insurer);
  if (!versions) return false;
  switch (segments.length) {
    case 2:
      return true;
    case 3:
      return INSURER_PAGES.has(third!) || index.topics.has(third!);
    case 4:
      return third === 'versions' && versions.has(fourth!);
    case 5:
      if (third === 'compare') return versions.has(fourth!) && versions.has(fifth!) && fourth! <= fifth!;
      return third === 'versions' && versions.has(fourth!) && index.topics.has(fifth!);
    default:
      return false;
  }
}
