import 'server-only';
import { cache } from 'react';
import { prisma } from '../db';
import type { Prisma } from '../generated/prisma/client';
import type { CellDTO, GroupDTO, InsurerDTO, MatrixDTO, TopicDTO } from '../dto';
import type { Tone } from '../schemas';
import { clauseUrl } from '../urls';

export const getTopics = cache(async (): Promise<{ groups: GroupDTO[]; topics: TopicDTO[] }> => {
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
        stances: t.stances.map((s) => ({ value: s.value, label: s.label, description: s.description, tone: s.tone as Tone })),
      })),
    ),
  };
});

/** Insurers as DTOs, in grid order; every insurer query of this module goes through here. */
function findInsurers(args: { where?: Prisma.InsurerWhereInput; take?: number } = {}): Promise<InsurerDTO[]> {
  return prisma.insurer.findMany({ ...args, orderBy: { ordinal: 'asc' }, select: { slug: true, name: true, state: true } });
}

export const getInsurers = cache((): Promise<InsurerDTO[]> => findInsurers());

/** Cells for the given insurers (all when omitted) and topics (all when omitted), in grid order. */
export async function getCells(filter: { insurers?: string[]; topics?: string[] } = {}): Promise<CellDTO[]> {
  const rows = await prisma.practice.findMany({
    where: {
      ...(filter.insurers ? { insurer: { slug: { in: filter.insurers } } } : {}),
      ...(filter.topics ? { topic: { slug: { in: filter.topics } } } : {}),
    },
    orderBy: [{ topic: { ordinal: 'asc' } }, { insurer: { ordinal: 'asc' } }],
    select: {
      stance: true,
      summary: true,
      insurer: { select: { slug: true } },
      topic: { select: { slug: true } },
      citations: { orderBy: { ordinal: 'asc' }, select: { quote: true, clause: { select: { key: true } } } },
    },
  });
  return rows.map((r) => ({
    insurer: r.insurer.slug,
    topic: r.topic.slug,
    stance: r.stance,
    summary: r.summary,
    citations: r.citations.map((c) => ({ clauseKey: c.clause.key, quote: c.quote, url: clauseUrl(r.insurer.slug, c.clause.key) })),
  }));
}

/**
 * The grid's first view: the first `pageSize` insurers and their cells only, so the page stays the
 * same size however many insurers the corpus holds; the rest are found with searchInsurers.
 */
export async function getMatrixPage(pageSize: number): Promise<MatrixDTO> {
  const [{ groups, topics }, insurers, totalInsurers] = await Promise.all([
    getTopics(),
    findInsurers({ take: pageSize }),
    prisma.insurer.count(),
  ]);
  const cells = await getCells({ insurers: insurers.map((i) => i.slug) });
  return { insurers, groups, topics, cells, totalInsurers };
}

/** Insurers whose name or slug contains the query (case-insensitive), in grid order. */
export async function searchInsurers(query: string, limit: number): Promise<{ insurers: InsurerDTO[]; total: number }> {
  const q = query.trim().toLowerCase();
  const where: Prisma.InsurerWhereInput = q ? { OR: [{ name: { contains: q } }, { slug: { contains: q } }] } : {};
  const [insurers, total] = await Promise.all([
    findInsurers({ where, take: limit }),
    prisma.insurer.count({ where }),
  ]);
  return { insurers, total };
}

export function getInsurersBySlugs(slugs: string[]): Promise<InsurerDTO[]> {
  return findInsurers({ where: { slug: { in: slugs } } });
}
