import 'server-only';
import { prisma } from '../db';
import type { RouteIndex } from '../route-index';

let loaded: Promise<RouteIndex> | undefined;

/** Read once per server process: the database is written only by the seed, before the server starts. */
export function getRouteIndex(): Promise<RouteIndex> {
  loaded ??= (async () => {
    const [versions, topics] = await Promise.all([
      prisma.policyVersion.findMany({ select: { archivedOn: true, insurer: { select: { slug: true } } } }),
      prisma.topic.findMany({ select: { slug: true } }),
    ]);
    const insurers = new Map<string, Set<string>>();
    for (const v of versions) insurers.set(v.insurer.slug, (insurers.get(v.insurer.slug) ?? new Set<string>()).add(v.archivedOn));
    return { insurers, topics: new Set(topics.map((t) => t.slug)) };
  })().catch((err: unknown) => {
    loaded = undefined;
    throw err;
  });
  return loaded;
}
