import 'server-only';
import { cache } from 'react';
import { prisma } from '../db';
import type { PolicyDTO, SectionDTO } from '../dto';
import { getCells } from './matrix';

/** An insurer's current policy text, section by section, with the topics each clause is cited for. */
export const getPolicy = cache(async (slug: string): Promise<PolicyDTO | null> => {
  const insurer = await prisma.insurer.findUnique({ where: { slug } });
  if (!insurer) return null;
  const version = await prisma.policyVersion.findFirst({
    where: { isCurrent: true, document: { insurerId: insurer.id } },
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
        markdown: version.format === 'markdown' ? version.rawText.slice(c.startOffset, c.endOffset) : null,
        duplicateOfKey: c.duplicateOfKey,
        topics: [...topics.values()].sort((a, b) => a.ordinal - b.ordinal).map((t) => ({ slug: t.slug, name: t.name })),
      };
    }),
  }));
  return {
    insurer: { slug: insurer.slug, name: insurer.name, state: insurer.state },
    title: version.document.title,
    sourceFile: version.sourceFile,
    sourceUrl: version.sourceUrl,
    snapshotUrl: version.snapshotUrl,
    archivedOn: version.archivedOn,
    effectiveOn: version.effectiveOn,
    lastModifiedOn: version.lastModifiedOn,
    contentSha256: version.contentSha256,
    sections,
    practices: await getCells({ insurers: [slug] }),
  };
});
