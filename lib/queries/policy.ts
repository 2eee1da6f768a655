import 'server-only';
import { prisma } from '../db';
import type { Capture, InlineSegmentDTO, PolicyDTO, SectionDTO, VersionRefDTO } from '../dto';
import { versionUrl } from '../urls';
import { getVersionCells, toLiveCheck } from './matrix';
import { memoByKey } from './memo';

/** Every version of an insurer's policy, oldest first. */
export const getVersionRefs = memoByKey(async (insurerId: number, slug: string): Promise<VersionRefDTO[]> => {
  const rows = await prisma.policyVersion.findMany({
    where: { insurerId },
    orderBy: { archivedOn: 'asc' },
    select: { archivedOn: true, capture: true, isLatest: true, effectiveOn: true, lastModifiedOn: true },
  });
  return rows.map((v) => ({ ...v, capture: v.capture as Capture, url: versionUrl(slug, v.archivedOn) }));
}, (_insurerId: number, slug: string) => slug, 5_000);

/**
 * One version of an insurer's policy (its newest when no day is given), section by section, with the
 * topics each clause is cited for in that version's reading. Null when the insurer or version is
 * unknown. Kept per process: keys are the corpus's insurers and versions (the proxy lets no other through).
 */
export const getPolicy = memoByKey(async (slug: string, archivedOn: string | null): Promise<PolicyDTO | null> => {
  const insurer = await prisma.insurer.findUnique({ where: { slug }, include: { sources: { orderBy: { id: 'asc' } } } });
  if (!insurer) return null;
  const parent = insurer.parentSlug ? await prisma.insurer.findUnique({ where: { slug: insurer.parentSlug }, select: { slug: true, name: true, state: true } }) : null;
  const version = await prisma.policyVersion.findFirst({
    where: { insurerId: insurer.id, ...(archivedOn ? { archivedOn } : { isLatest: true }) },
    include: {
      document: true,
      sections: {
        orderBy: { ordinal: 'asc' },
        include: {
          clauses: {
            orderBy: { ordinal: 'asc' },
            include: { citations: { select: { practice: { select: { topic: { select: { slug: true, name: true, ordinal: true } } } } } } },
          },
        },
      },
    },
  });
  if (!version) return null;
  const sections: SectionDTO[] = version.sections.map((s) => ({
    key: s.key,
    heading: s.heading,
    level: s.level,
    clauses: s.clauses.map((c) => {
      const topics = new Map(c.citations.map((ct) => [ct.practice.topic.slug, ct.practice.topic]));
      return {
        key: c.key,
        kind: c.kind === 'list-item' ? 'list-item' : 'paragraph',
        depth: c.depth,
        text: c.text,
        links: c.linksJson ? (JSON.parse(c.linksJson) as InlineSegmentDTO[]) : null,
        duplicateOfKey: c.duplicateOfKey,
        earlierWordingOn: c.earlierWordingOn,
        topics: [...topics.values()].sort((a, b) => a.ordinal - b.ordinal).map((t) => ({ slug: t.slug, name: t.name })),
      };
    }),
  }));
  const [versions, practices] = await Promise.all([getVersionRefs(insurer.id, slug), getVersionCells([version.id])]);
  return {
    insurer: { slug: insurer.slug, name: insurer.name, state: insurer.state },
    title: version.title,
    sourceUrl: version.sourceUrl,
    snapshotUrl: version.snapshotUrl,
    archivedOn: version.archivedOn,
    capture: version.capture as Capture,
    isLatest: version.isLatest,
    effectiveOn: version.effectiveOn,
    lastModifiedOn: version.lastModifiedOn,
    captureNote: version.captureNote,
    sources: insurer.sources.map((s) => ({ url: s.url, render: s.render, check: toLiveCheck(s) })),
    parent,
    contentSha256: version.contentSha256,
    versions,
    sections,
    practices,
  };
}, (slug, archivedOn) => `${slug}\u0000${archivedOn ?? ''}`, 2_000);
