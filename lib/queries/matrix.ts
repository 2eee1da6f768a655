import 'server-only';
import { prisma } from '../db';
import { once } from './memo';
import type { Prisma } from '../generated/prisma/client';
import type { Capture, CellDTO, GridDTO, GroupDTO, InsurerAtDTO, InsurerDTO, LiveCheckDTO, ReviewState, TopicDTO } from '../dto';
import { stancesOf, toGridDTO } from '../grid-state';
import type { Tone } from '../schemas';
import { clauseUrl, versionPracticeUrl } from '../urls';

/** The taxonomy with its words: once per process (the seed alone writes it). */
export const getTopics = once(async (): Promise<{ groups: GroupDTO[]; topics: TopicDTO[] }> => {
  const groups = await prisma.topicGroup.findMany({
    orderBy: { ordinal: 'asc' },
    include: { topics: { orderBy: { ordinal: 'asc' }, include: { stances: { orderBy: { ordinal: 'asc' } } } } },
  });
  return {
    groups: groups.map((g) => ({ slug: g.slug, name: g.name })),
    topics: groups.flatMap((g) =>
      g.topics.map((t) => ({
        slug: t.slug,
        name: t.name,
        question: t.question,
        explanation: t.explanation,
        group: g.slug,
        groupName: g.name,
        stances: t.stances.map((s) => ({ value: s.value, label: s.label, short: s.short, description: s.description, tone: s.tone as Tone })),
      })),
    ),
  };
});

/** Insurers as DTOs, in grid order; every insurer query of this module goes through here. */
function findInsurers(args: { where?: Prisma.InsurerWhereInput; take?: number } = {}): Promise<(InsurerDTO & { kind: string; firstArchivedOn: string; lastCheck: LiveCheckDTO | null })[]> {
  return prisma.insurer
    .findMany({
      ...args,
      orderBy: { ordinal: 'asc' },
      select: {
        slug: true, name: true, state: true, kind: true,
        versions: { orderBy: { archivedOn: 'asc' }, take: 1, select: { archivedOn: true } },
        sources: { orderBy: { id: 'asc' }, take: 1, select: CHECK_SELECT },
      },
    })
    .then((rows) => rows.map(({ versions, sources, ...i }) => ({ ...i, firstArchivedOn: versions[0]?.archivedOn ?? '', lastCheck: sources[0] ? toLiveCheck(sources[0]) : null })));
}

export const CHECK_SELECT = { checkedAt: true, outcome: true, reason: true, matchedVersion: true } as const;

export function toLiveCheck(s: { checkedAt: string | null; outcome: string | null; reason: string | null; matchedVersion: string | null }): LiveCheckDTO | null {
  return s.checkedAt && s.outcome ? { checkedAt: s.checkedAt, outcome: s.outcome as LiveCheckDTO['outcome'], reason: s.reason, matchedVersion: s.matchedVersion } : null;
}

/** Every insurer, in grid order: once per process. */
export const getInsurers = once(() => findInsurers());

export function getInsurersBySlugs(slugs: string[]) {
  return findInsurers({ where: { slug: { in: slugs } } });
}

export interface ReadVersion {
  id: number;
  insurer: string;
  archivedOn: string;
  capture: Capture;
  isLatest: boolean;
  sourceUrl: string | null;
}

/**
 * The version each insurer is read at: its newest, or (asOf) the latest archived on or before that
 * day. Insurers with no version by then are missing from the map.
 */
export async function readVersions(insurers: string[] | undefined, asOf: string | null): Promise<Map<string, ReadVersion>> {
  const rows = await prisma.policyVersion.findMany({
    where: {
      ...(insurers ? { insurer: { slug: { in: insurers } } } : {}),
      ...(asOf ? { archivedOn: { lte: asOf } } : { isLatest: true }),
    },
    orderBy: { archivedOn: 'asc' },
    select: { id: true, archivedOn: true, capture: true, isLatest: true, sourceUrl: true, insurer: { select: { slug: true } } },
  });
  const read = new Map<string, ReadVersion>();
  // Ascending order: the last row per insurer is the latest on or before the day.
  for (const r of rows) read.set(r.insurer.slug, { id: r.id, insurer: r.insurer.slug, archivedOn: r.archivedOn, capture: r.capture as Capture, isLatest: r.isLatest, sourceUrl: r.sourceUrl });
  return read;
}

const CELL_SELECT = {
  stance: true,
  summary: true,
  review: true,
  confidence: true,
  why: true,
  flag: true,
  carriedFrom: { select: { archivedOn: true } },
  insurer: { select: { slug: true } },
  topic: { select: { slug: true } },
  version: { select: { archivedOn: true, capture: true, isLatest: true } },
  citations: { orderBy: { ordinal: 'asc' }, select: { quote: true, clause: { select: { key: true, leadIn: true, section: { select: { heading: true } } } } } },
} satisfies Prisma.PracticeSelect;

type CellRow = Prisma.PracticeGetPayload<{ select: typeof CELL_SELECT }>;

export function toCellDTO(r: CellRow): CellDTO {
  const version = r.version.archivedOn;
  return {
    insurer: r.insurer.slug,
    topic: r.topic.slug,
    stance: r.stance,
    summary: r.summary,
    review: r.review as ReviewState,
    archivedOn: r.version.archivedOn,
    capture: r.version.capture as Capture,
    carriedFrom: r.carriedFrom?.archivedOn ?? null,
    confidence: r.confidence,
    why: r.why,
    flag: r.flag,
    citations: r.citations.map((c) => ({
      clauseKey: c.clause.key, quote: c.quote, url: clauseUrl(r.insurer.slug, c.clause.key, version), leadIn: c.clause.leadIn, section: c.clause.section.heading,
    })),
    permalink: versionPracticeUrl(r.insurer.slug, version, r.topic.slug),
  };
}

/** SQLite binds at most 999 values per statement, and Prisma does not split an ordered IN list. */
const IDS_PER_QUERY = 500;

/** The cells of given policy versions (and topics, all when omitted), in grid order. */
export async function getVersionCells(versionIds: number[], topics?: string[]): Promise<CellDTO[]> {
  const slices: number[][] = [];
  for (let i = 0; i < versionIds.length; i += IDS_PER_QUERY) slices.push(versionIds.slice(i, i + IDS_PER_QUERY));
  const rows = (
    await Promise.all(
      slices.map((ids) =>
        prisma.practice.findMany({
          where: { versionId: { in: ids }, ...(topics ? { topic: { slug: { in: topics } } } : {}) },
          orderBy: [{ topic: { ordinal: 'asc' } }, { insurer: { ordinal: 'asc' } }],
          select: { ...CELL_SELECT, topic: { select: { slug: true, ordinal: true } }, insurer: { select: { slug: true, ordinal: true } } },
        }),
      ),
    )
  ).flat();
  if (slices.length > 1) rows.sort((a, b) => a.topic.ordinal - b.topic.ordinal || a.insurer.ordinal - b.insurer.ordinal);
  return rows.map(toCellDTO);
}

/**
 * Cells for the given insurers (all when omitted) and topics (all when omitted), each insurer read at
 * its newest version or as of a day.
 */
export async function getCells(filter: { insurers?: string[]; topics?: string[]; asOf?: string | null } = {}): Promise<CellDTO[]> {
  const read = await readVersions(filter.insurers, filter.asOf ?? null);
  return getVersionCells([...read.values()].map((v) => v.id), filter.topics);
}

/** Insurers with the version each is read at (null: nothing archived by asOf). */
export function insurersAt(insurers: (InsurerDTO & { kind: string; firstArchivedOn: string; lastCheck: LiveCheckDTO | null })[], read: Map<string, ReadVersion>): InsurerAtDTO[] {
  return insurers.map((i) => {
    const v = read.get(i.slug);
    return { ...i, version: v ? { archivedOn: v.archivedOn, capture: v.capture, isLatest: v.isLatest, sourceUrl: v.sourceUrl } : null };
  });
}

/** Stance values only (no summaries or quotes) of some versions: what the compact view and the sort need. */
async function getVersionStances(versionIds: number[], topics: { slug: string }[]): Promise<Record<string, string[]>> {
  const rows: { stance: string; insurer: { slug: string }; topic: { slug: string } }[] = [];
  for (let i = 0; i < versionIds.length; i += IDS_PER_QUERY)
    rows.push(...(await prisma.practice.findMany({ where: { versionId: { in: versionIds.slice(i, i + IDS_PER_QUERY) } }, select: { stance: true, insurer: { select: { slug: true } }, topic: { select: { slug: true } } } })));
  return stancesOf(rows.map((r) => ({ insurer: r.insurer.slug, topic: r.topic.slug, stance: r.stance })), topics);
}

/**
 * The grid page's data: every insurer (name and version read) when there are at most `rosterLimit`,
 * else the first page, and the cells of the first `pageSize` only. Other insurers' cells are fetched
 * when they are shown (a chosen column, the compact view), so the page stays small however many
 * insurers the corpus holds.
 */
export async function getGridPage(pageSize: number, rosterLimit: number): Promise<GridDTO> {
  const [{ groups, topics }, totalInsurers] = await Promise.all([getTopics(), prisma.insurer.count()]);
  const roster = await findInsurers({ take: totalInsurers <= rosterLimit ? rosterLimit : pageSize });
  const read = await readVersions(roster.map((i) => i.slug), null);
  const firstPage = new Set(roster.slice(0, pageSize).map((i) => i.slug));
  const [cells, stances] = await Promise.all([getVersionCells([...read.values()].filter((v) => firstPage.has(v.insurer)).map((v) => v.id)), getVersionStances([...read.values()].map((v) => v.id), topics)]);
  return toGridDTO({ insurers: insurersAt(roster, read), groups, topics, cells, totalInsurers, asOf: null }, stances);
}

/** LIKE's own wildcards in user text are literal characters here. */
function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Insurers whose name or slug contains the query (case-insensitive, literally), in grid order. */
export async function searchInsurers(query: string, limit: number): Promise<{ insurers: InsurerDTO[]; total: number }> {
  const q = query.trim().toLowerCase();
  if (!q) {
    const [insurers, total] = await Promise.all([findInsurers({ take: limit }), prisma.insurer.count()]);
    return { insurers, total };
  }
  const pattern = `%${escapeLike(q)}%`;
  const rows = await prisma.$queryRaw<{ slug: string }[]>`
    SELECT slug FROM Insurer
    WHERE lower(name) LIKE ${pattern} ESCAPE '\\' OR slug LIKE ${pattern} ESCAPE '\\'
    ORDER BY ordinal`;
  const slugs = rows.map((r) => r.slug);
  const insurers = await findInsurers({ where: { slug: { in: slugs.slice(0, limit) } } });
  return { insurers, total: slugs.length };
}
