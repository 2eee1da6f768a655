import type { NextApiRequest, NextApiResponse } from 'next';
import { getMatrixView, matrixKey } from '@/lib/queries/views';
import { cachedEntry, JSON_TYPE, routeCache, sendEntry } from '@/lib/response-cache';

const answers = routeCache();

// The query string is read from the URL as the other routes do; nothing else of the request is used.
export const config = { api: { bodyParser: false } };

/**
 * GET /api/matrix[?topics=…&groups=…&insurers=…&states=…&kinds=…&base=…&sort=exposure&diff=1&asOf=YYYY-MM-DD]
 * — the grid as JSON; filters, peers and sort as in the grid URL, insurers in column order. Each insurer
 * names the version it is read at (archivedOn: null when it had none by asOf) and its tally of answers by
 * tone, and the last live check of its address (lastCheck: null before any); with a base, each cell says
 * whether it differs from the base insurer's. Kept per canonical view, gzipped once.
 *
 * A Pages API route, the only one: the full answer is 430 KB, and an App Router handler cannot send bytes
 * compressed once (Next drops its Content-Encoding and gzips every response again). README: Decisions.
 */
export default async function matrix(req: NextApiRequest, res: NextApiResponse): Promise<void> {
  // The proxy answers other methods with 405 first; this keeps the route honest on its own.
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('Method not allowed');
    return;
  }
  const params = new URL(req.url ?? '/', 'http://localhost').searchParams;
  const entry = await cachedEntry(
    answers,
    await matrixKey(params),
    async () => {
      const view = await getMatrixView(params);
      const body = {
        asOf: view.asOf,
        base: view.state.base,
        sort: view.state.sort,
        insurers: view.insurers.map((i) => ({
          slug: i.slug,
          name: i.name,
          kind: i.kind,
          state: i.state,
          archivedOn: i.version?.archivedOn ?? null,
          capture: i.version?.capture ?? null,
          isLatest: i.version?.isLatest ?? false,
          sourceUrl: i.version?.sourceUrl ?? null,
          tally: view.tallies[i.slug]!.counts,
          exposure: view.tallies[i.slug]!.exposure,
          lastCheck: i.lastCheck,
        })),
        topics: view.topics.map((t) => ({ slug: t.slug, name: t.name, group: t.group })),
        cells: view.cells,
      };
      return { body: JSON.stringify(body), headers: JSON_TYPE };
    },
    { gzip: true },
  );
  sendEntry(req, res, entry);
}
