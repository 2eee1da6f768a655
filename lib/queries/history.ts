import 'server-only';
import { prisma } from '../db';
import type { Capture, CellDTO, ChangeGroupDTO, ChangeSideDTO, InsurerDTO, TopicDTO, VersionRefDTO, VersionSideDTO } from '../dto';
import { changeDirection } from '../history/changes';
import { compareClauses, type ClauseRef, type Comparison } from '../history/compare';
import { changeEntryId, compareUrl, versionPracticeUrl, versionUrl } from '../urls';
import { getTopics, getVersionCells } from './matrix';
import { memoByKey, once } from './memo';
import { getVersionRefs } from './policy';

const VERSION_SELECT = { id: true, insurerId: true, archivedOn: true, capture: true, effectiveOn: true, lastModifiedOn: true, ordinal: true } as const;

type VersionRow = { id: number; insurerId: number; archivedOn: string; capture: string; effectiveOn: string | null; lastModifiedOn: string | null; ordinal: number };

function side(slug: string, v: VersionRow): VersionSideDTO {
  return { archivedOn: v.archivedOn, capture: v.capture as Capture, effectiveOn: v.effectiveOn, lastModifiedOn: v.lastModifiedOn, url: versionUrl(slug, v.archivedOn) };
}

function reading(cell: CellDTO, topic: TopicDTO): ChangeSideDTO | null {
  const stance = topic.stances.find((s) => s.value === cell.stance);
  if (!stance) return null;
  return {
    archivedOn: cell.archivedOn,
    capture: cell.capture,
    stance: { value: stance.value, label: stance.label, tone: stance.tone },
    summary: cell.summary,
    review: cell.review,
    citations: cell.citations,
    url: versionPracticeUrl(cell.insurer, cell.archivedOn, cell.topic),
  };
}

/**
 * Every pair of consecutive versions across the corpus where a stance changed or the newer version
 * still waits for a person, newest first (by the newer version's capture day), each with the readings
 * and quotes on both sides. Computed once per process: the corpus changes only with a new seed.
 */
export const getChangeGroups = once(async (): Promise<ChangeGroupDTO[]> => {
  const [insurers, versions, changes, { topics }] = await Promise.all([
    prisma.insurer.findMany({ orderBy: { ordinal: 'asc' }, select: { id: true, slug: true, name: true, state: true } }),
    prisma.policyVersion.findMany({ orderBy: [{ insurerId: 'asc' }, { ordinal: 'asc' }], select: VERSION_SELECT }),
    prisma.stanceChange.findMany({ select: { toVersionId: true, topic: { select: { slug: true, ordinal: true } } } }),
    getTopics(),
  ]);
  const waiting = await prisma.practice.groupBy({ by: ['versionId'], where: { OR: [{ review: 'suggested' }, { flag: { not: null } }] }, _count: { _all: true } });
  const waitingBy = new Map(waiting.map((w) => [w.versionId, w._count._all]));
  const changedVersions = new Set(changes.map((c) => c.toVersionId));
  const byInsurer = new Map<number, VersionRow[]>();
  for (const v of versions) byInsurer.set(v.insurerId, [...(byInsurer.get(v.insurerId) ?? []), v]);
  const pairs = insurers.flatMap((insurer) => {
    const list = byInsurer.get(insurer.id) ?? [];
    return list.slice(1).flatMap((to, i) => (changedVersions.has(to.id) || waitingBy.has(to.id) ? [{ insurer, from: list[i]!, to }] : []));
  });
  const cells = await getVersionCells(pairs.flatMap((p) => [p.from.id, p.to.id]));
  const cellOf = new Map(cells.map((c) => [`${c.insurer}\u0000${c.archivedOn}\u0000${c.topic}`, c]));
  const groups = pairs.map(({ insurer, from, to }): ChangeGroupDTO => {
    const topicChanges = topics.flatMap((topic) => {
      const before = cellOf.get(`${insurer.slug}\u0000${from.archivedOn}\u0000${topic.slug}`);
      const after = cellOf.get(`${insurer.slug}\u0000${to.archivedOn}\u0000${topic.slug}`);
      if (!before || !after || before.stance === after.stance) return [];
      const a = reading(before, topic);
      const b = reading(after, topic);
      return a && b ? [{ topic: { slug: topic.slug, name: topic.name }, direction: changeDirection(a.stance.tone, b.stance.tone), from: a, to: b }] : [];
    });
    const dto: InsurerDTO = { slug: insurer.slug, name: insurer.name, state: insurer.state };
    return {
      id: changeEntryId(insurer.slug, from.archivedOn, to.archivedOn),
      insurer: dto,
      from: side(insurer.slug, from),
      to: side(insurer.slug, to),
      changes: topicChanges,
      awaitingReview: waitingBy.get(to.id) ?? 0,
      compareUrl: compareUrl(insurer.slug, { from: from.archivedOn, to: to.archivedOn }),
    };
  });
  const order = new Map(insurers.map((i, n) => [i.slug, n]));
  return groups.sort((a, b) => b.to.archivedOn.localeCompare(a.to.archivedOn) || order.get(a.insurer.slug)! - order.get(b.insurer.slug)!);
});

export interface HistoryDTO {
  insurer: InsurerDTO;
  versions: (VersionRefDTO & { title: string; changedTopics: number; awaitingReview: number })[];
  /** Pairs of consecutive versions with a change of stance or cells awaiting review, newest first. */
  groups: ChangeGroupDTO[];
}

export const getHistory = memoByKey(
  async (slug: string): Promise<HistoryDTO | null> => {
    const insurer = await prisma.insurer.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, state: true } });
    if (!insurer) return null;
    const [refs, titles, groups] = await Promise.all([
      getVersionRefs(insurer.id, slug),
      prisma.policyVersion.findMany({ where: { insurerId: insurer.id }, select: { archivedOn: true, title: true } }),
      getChangeGroups(),
    ]);
    const mine = groups.filter((g) => g.insurer.slug === slug);
    return {
      insurer: { slug: insurer.slug, name: insurer.name, state: insurer.state },
      versions: refs.map((v) => {
        const group = mine.find((g) => g.to.archivedOn === v.archivedOn);
        return { ...v, title: titles.find((t) => t.archivedOn === v.archivedOn)?.title ?? '', changedTopics: group?.changes.length ?? 0, awaitingReview: group?.awaitingReview ?? 0 };
      }),
      groups: mine,
    };
  },
  (slug) => slug,
  5_000,
);

async function clauseRefs(insurerId: number, archivedOn: string): Promise<ClauseRef[] | null> {
  const version = await prisma.policyVersion.findUnique({
    where: { insurerId_archivedOn: { insurerId, archivedOn } },
    select: {
      sections: {
        orderBy: { ordinal: 'asc' },
        select: {
          heading: true,
          clauses: {
            orderBy: { ordinal: 'asc' },
            where: { duplicateOfKey: null },
            select: { key: true, text: true, citations: { select: { practice: { select: { topic: { select: { slug: true, name: true, ordinal: true } } } } } } },
          },
        },
      },
    },
  });
  if (!version) return null;
  return version.sections.flatMap((s) =>
    s.clauses.map((c) => {
      const topics = new Map(c.citations.map((ct) => [ct.practice.topic.slug, ct.practice.topic]));
      return { key: c.key, section: s.heading, text: c.text, topics: [...topics.values()].sort((a, b) => a.ordinal - b.ordinal).map((t) => ({ slug: t.slug, name: t.name })) };
    }),
  );
}

/**
 * Clause-by-clause comparison of two versions of an insurer's policy; null when either is unknown.
 * Version pairs are bounded by the corpus (the proxy lets only known dates through).
 */
export const compareVersions = memoByKey(
  async (slug: string, from: string, to: string): Promise<Comparison | null> => {
    const insurer = await prisma.insurer.findUnique({ where: { slug }, select: { id: true } });
    if (!insurer) return null;
    const [a, b] = await Promise.all([clauseRefs(insurer.id, from), clauseRefs(insurer.id, to)]);
    return a && b ? compareClauses(a, b) : null;
  },
  (slug, from, to) => `${slug}\u0000${from}\u0000${to}`,
  2_000,
);

export interface InsurerVersionsDTO {
  insurer: InsurerDTO;
  versions: (Omit<VersionRefDTO, 'isLatest'> & { isLatest: boolean; cells: { topic: string; stance: string; review: string }[] })[];
}

/** The body of GET /api/insurers/:insurer/versions. */
export async function getInsurerVersions(slug: string): Promise<InsurerVersionsDTO | null> {
  const insurer = await prisma.insurer.findUnique({
    where: { slug },
    select: {
      slug: true, name: true, state: true,
      versions: {
        orderBy: { archivedOn: 'asc' },
        select: {
          archivedOn: true, capture: true, isLatest: true, effectiveOn: true, lastModifiedOn: true,
          practices: { orderBy: { topic: { ordinal: 'asc' } }, select: { stance: true, review: true, topic: { select: { slug: true } } } },
        },
      },
    },
  });
  if (!insurer) return null;
  return {
    insurer: { slug: insurer.slug, name: insurer.name, state: insurer.state },
    versions: insurer.versions.map((v) => ({
      archivedOn: v.archivedOn,
      capture: v.capture as Capture,
      isLatest: v.isLatest,
      effectiveOn: v.effectiveOn,
      lastModifiedOn: v.lastModifiedOn,
      url: versionUrl(insurer.slug, v.archivedOn),
      cells: v.practices.map((p) => ({ topic: p.topic.slug, stance: p.stance, review: p.review })),
    })),
  };
}
