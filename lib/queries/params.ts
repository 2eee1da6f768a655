import 'server-only';
import { prisma } from '../db';
import { getTopics } from './matrix';

/**
 * The addresses the build prerenders. Every page the corpus defines is prerendered up to
 * PRERENDER_INSURERS insurers (the real corpus entirely); past that, pages of further insurers render on
 * their first request and are kept, which the corpus bounds: the proxy sends any address the corpus
 * does not define to the not-found page before it reaches a page.
 */
export const PRERENDER_INSURERS = 50;

async function prerenderedVersions() {
  const insurers = await prisma.insurer.findMany({ orderBy: { ordinal: 'asc' }, take: PRERENDER_INSURERS, select: { slug: true, versions: { orderBy: { archivedOn: 'asc' }, select: { archivedOn: true } } } });
  return insurers.map((i) => ({ insurer: i.slug, dates: i.versions.map((v) => v.archivedOn) }));
}

export async function getInsurerParams(): Promise<{ insurer: string }[]> {
  return (await prerenderedVersions()).map((i) => ({ insurer: i.insurer }));
}

export async function getPracticeParams(): Promise<{ insurer: string; topic: string }[]> {
  const [insurers, { topics }] = await Promise.all([prerenderedVersions(), getTopics()]);
  return insurers.flatMap((i) => topics.map((t) => ({ insurer: i.insurer, topic: t.slug })));
}

export async function getVersionParams(): Promise<{ insurer: string; date: string }[]> {
  return (await prerenderedVersions()).flatMap((i) => i.dates.map((date) => ({ insurer: i.insurer, date })));
}

export async function getVersionPracticeParams(): Promise<{ insurer: string; date: string; topic: string }[]> {
  const [versions, { topics }] = await Promise.all([getVersionParams(), getTopics()]);
  return versions.flatMap((v) => topics.map((t) => ({ ...v, topic: t.slug })));
}

/** Every ordered pair of an insurer's versions (and the one version of an insurer that has one). */
export async function getComparePairParams(): Promise<{ insurer: string; from: string; to: string }[]> {
  return (await prerenderedVersions()).flatMap((i) =>
    i.dates.length === 1 ? [{ insurer: i.insurer, from: i.dates[0]!, to: i.dates[0]! }] : i.dates.flatMap((from, n) => i.dates.slice(n + 1).map((to) => ({ insurer: i.insurer, from, to }))),
  );
}
