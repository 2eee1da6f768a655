import 'server-only';
import { prisma } from '../db';
import type { Capture } from '../dto';
import { Prisma } from '../generated/prisma/client';
import type { ParsedQuery } from '../search/query';
import { clauseUrl } from '../urls';

import { MARK_END, MARK_START } from '../search/marks';

export interface SearchFilter {
  insurers: string[];
  topics: string[];
  /** current: each insurer's newest version only; all: every version on file. */
  versions: 'current' | 'all';
  limit: number;
  offset: number;
}

export interface SearchHit {
  insurer: { slug: string; name: string };
  archivedOn: string;
  capture: Capture;
  isLatest: boolean;
  clauseKey: string;
  section: string;
  url: string;
  /** The excerpt with MARK_START/MARK_END around each match. */
  snippet: string;
  topics: { slug: string; name: string }[];
}

interface Row {
  id: number;
  snippet: string;
}

/**
 * Full-text search over the clauses (SQLite FTS5, bm25 ranking, porter stemming), through Prisma's raw
 * SQL with bound parameters only: the MATCH expression comes from parseSearchQuery, which quotes every
 * user word, and every filter value is a bound parameter. Each version filter has its own index, so
 * an unfiltered search ranks inside FTS5 alone and joins only the page of results it shows.
 */
export async function searchClauses(query: Extract<ParsedQuery, { ok: true }>, filter: SearchFilter): Promise<{ total: number; hits: SearchHit[] }> {
  const index = filter.versions === 'current' ? Prisma.raw('"ClauseSearchLatest"') : Prisma.raw('"ClauseSearch"');
  const filtered = filter.insurers.length > 0 || filter.topics.length > 0;
  const restrict = Prisma.sql`
    ${filter.insurers.length ? Prisma.sql`AND i."slug" IN (${Prisma.join(filter.insurers)})` : Prisma.empty}
    ${
      filter.topics.length
        ? Prisma.sql`AND EXISTS (
            SELECT 1 FROM "Citation" ct JOIN "Practice" p ON p."id" = ct."practiceId" JOIN "Topic" t ON t."id" = p."topicId"
            WHERE ct."clauseId" = c."id" AND t."slug" IN (${Prisma.join(filter.topics)}))`
        : Prisma.empty
    }`;
  const joins = Prisma.sql`
    JOIN "Clause" c ON c."id" = ${index}."rowid"
    JOIN "PolicyVersion" v ON v."id" = c."versionId"
    JOIN "Insurer" i ON i."id" = v."insurerId"`;
  const [countRows, rows] = await Promise.all([
    filtered
      ? prisma.$queryRaw<{ n: number | bigint }[]>`SELECT count(*) AS n FROM ${index} ${joins} WHERE ${index} MATCH ${query.match} ${restrict}`
      : prisma.$queryRaw<{ n: number | bigint }[]>`SELECT count(*) AS n FROM ${index} WHERE ${index} MATCH ${query.match}`,
    filtered
      ? prisma.$queryRaw<Row[]>`
          SELECT ${index}."rowid" AS id, snippet(${index}, 0, ${MARK_START}, ${MARK_END}, '…', 32) AS snippet
          FROM ${index} ${joins}
          WHERE ${index} MATCH ${query.match} ${restrict}
          ORDER BY ${index}."rank", i."ordinal", v."archivedOn" DESC
          LIMIT ${filter.limit} OFFSET ${filter.offset}`
      : prisma.$queryRaw<Row[]>`
          SELECT "rowid" AS id, snippet(${index}, 0, ${MARK_START}, ${MARK_END}, '…', 32) AS snippet
          FROM ${index}
          WHERE ${index} MATCH ${query.match}
          ORDER BY "rank"
          LIMIT ${filter.limit} OFFSET ${filter.offset}`,
  ]);
  const ids = rows.map((r) => Number(r.id));
  const clauses = ids.length
    ? await prisma.clause.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          key: true,
          section: { select: { heading: true } },
          version: { select: { archivedOn: true, capture: true, isLatest: true, insurer: { select: { slug: true, name: true } } } },
          citations: { select: { practice: { select: { topic: { select: { slug: true, name: true, ordinal: true } } } } } },
        },
      })
    : [];
  const byId = new Map(clauses.map((c) => [c.id, c]));
  return {
    total: Number(countRows[0]?.n ?? 0),
    hits: rows.flatMap((r) => {
      const c = byId.get(Number(r.id));
      if (!c) return [];
      const cited = new Map(c.citations.map((ct) => [ct.practice.topic.slug, ct.practice.topic]));
      const { insurer, archivedOn, capture, isLatest } = c.version;
      return [{
        insurer: { slug: insurer.slug, name: insurer.name },
        archivedOn,
        capture: capture as Capture,
        isLatest,
        clauseKey: c.key,
        section: c.section.heading,
        url: clauseUrl(insurer.slug, c.key, isLatest ? null : archivedOn),
        snippet: r.snippet,
        topics: [...cited.values()].sort((a, b) => a.ordinal - b.ordinal).map((t) => ({ slug: t.slug, name: t.name })),
      }];
    }),
  };
}

/** The excerpt as HTML: policy text escaped, each match in <mark>. For API clients that show HTML. */
export function snippetHtml(snippet: string): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  return escape(snippet).split(MARK_START).join('<mark>').split(MARK_END).join('</mark>');
}
