import 'server-only';
import { cache } from 'react';
import { prisma } from '../db';
import type { Capture, CellDTO, InsurerDTO, StanceChangeDTO, VersionRefDTO } from '../dto';
import { compareClauses, type ClauseRef, type Comparison } from '../history/compare';
import { versionUrl } from '../urls';
import { getTopics, getVersionCells } from './matrix';
import { getVersionRefs } from './policy';

const CHANGE_INCLUDE = {
  insurer: { select: { slug: true, name: true, state: true } },
  topic: { select: { slug: true, name: true, ordinal: true } },
  fromVersion: { select: { id: true, archivedOn: true, capture: true } },
  toVersion: { select: { id: true, archivedOn: true, capture: true } },
} as const;

/** Stance changes as DTOs, with each side's reading (stance, summary, quotes) from the cells. */
async function toChangeDTOs(rows: Awaited<ReturnType<typeof findChanges>>): Promise<StanceChangeDTO[]> {
  const versionIds = [...new Set(rows.flatMap((r) => [r.fromVersion.id, r.toVersion.id]))];
  const [cells, { topics }] = await Promise.all([getVersionCells(versionIds), getTopics()]);
  const cellOf = new Map<string, CellDTO>(cells.map((c) => [`${c.insurer}\u0000${c.archivedOn}\u0000${c.topic}`, c]));
  return rows.flatMap((r) => {
    const topic = topics.find((t) => t.slug === r.topic.slug);
    const side = (v: { archivedOn: string; capture: string }) => {
      const cell = cellOf.get(`${r.insurer.slug}\u0000${v.archivedOn}\u0000${r.topic.slug}`);
      const stance = topic?.stances.find((s) => s.value === cell?.stance);
      if (!cell || !stance) return null;
      return {
        archivedOn: v.archivedOn,
        capture: v.capture as Capture,
        stance: { value: stance.value, label: stance.label, tone: stance.tone },
        summary: cell.summary,
        review: cell.review,
        citations: cell.citations,
        url: versionUrl(r.insurer.slug, v.archivedOn),
      };
    };
    const from = side(r.fromVersion);
    const to = side(r.toVersion);
    return from && to ? [{ insurer: r.insurer, topic: { slug: r.topic.slug, name: r.topic.name }, from, to }] : [];
  });
}

function findChanges(where: { insurerId?: number }, take?: number) {
  return prisma.stanceChange.findMany({
    where,
    include: CHANGE_INCLUDE,
    orderBy: [{ toVersion: { archivedOn: 'desc' } }, { insurer: { ordinal: 'asc' } }, { topic: { ordinal: 'asc' } }],
    ...(take ? { take } : {}),
  });
}

/** Every stance change across the corpus, newest first (by the later version's capture day). */
export const getChanges = cache(async (limit?: number): Promise<StanceChangeDTO[]> => toChangeDTOs(await findChanges({}, limit)));

export interface HistoryDTO {
  insurer: InsurerDTO;
  versions: (VersionRefDTO & { title: string; changedTopics: number })[];
  /** Stance changes between consecutive versions, newest first. */
  changes: StanceChangeDTO[];
}

export const getHistory = cache(async (slug: string): Promise<HistoryDTO | null> => {
  const insurer = await prisma.insurer.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, state: true } });
  if (!insurer) return null;
  const [refs, titles, rows] = await Promise.all([
    getVersionRefs(insurer.id, slug),
    prisma.policyVersion.findMany({ where: { insurerId: insurer.id }, select: { archivedOn: true, title: true } }),
    findChanges({ insurerId: insurer.id }),
  ]);
  const changes = await toChangeDTOs(rows);
  return {
    insurer: { slug: insurer.slug, name: insurer.name, state: insurer.state },
    versions: refs.map((v) => ({
      ...v,
      title: titles.find((t) => t.archivedOn === v.archivedOn)?.title ?? '',
      changedTopics: changes.filter((c) => c.to.archivedOn === v.archivedOn).length,
    })),
    changes,
  };
});

async function clauseRefs(insurerId: number, archivedOn: string): Promise<ClauseRef[] | null> {
  const version = await prisma.policyVersion.findUnique({
    where: { insurerId_archivedOn: { insurerId, archivedOn } },
    select: { sections: { orderBy: { ordinal: 'asc' }, select: { heading: true, clauses: { orderBy: { ordinal: 'asc' }, select: { key: true, text: true } } } } },
  });
  return version ? version.sections.flatMap((s) => s.clauses.map((c) => ({ key: c.key, section: s.heading, text: c.text }))) : null;
}

/** Clause-level comparison of two versions of an insurer's policy; null when either is unknown. */
export async function compareVersions(slug: string, from: string, to: string): Promise<Comparison | null> {
  const insurer = await prisma.insurer.findUnique({ where: { slug }, select: { id: true } });
  if (!insurer) return null;
  const [a, b] = await Promise.all([clauseRefs(insurer.id, from), clauseRefs(insurer.id, to)]);
  return a && b ? compareClauses(a, b) : null;
}

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
