import 'server-only';
import { prisma } from '../db';
import type { Capture } from '../dto';
import { Prisma } from '../generated/prisma/client';
import { MARK_END, MARK_START } from '../search/marks';
import type { ParsedQuery } from '../search/query';
import { foldTypography } from '../text-fold';
import { clauseUrl } from '../urls';

export interface SearchFilter {
  insurers: string[];
  topics: string[];
  /** current: each insurer's newest version only; all: every version on file. */
  versions: 'current' | 'all';
  limit: number;
  offset: number;
}

export interface SearchHitVersion {
  archivedOn: string;
  capture: Capture;
  isLatest: boolean;
  /** The clause in this version (version-pinned). */
  url: string;
}

export interface SearchHit {
  insurer: { slug: string; name: string };
  archivedOn: string;
  capture: Capture;
  isLatest: boolean;
  clauseKey: string;
  section: string;
  url: string;
  /** For a list item: the words that introduce its list. */
  leadIn: string | null;
  /** The excerpt with MARK_START/MARK_END around each match. */
  snippet: string;
  topics: { slug: string; name: string }[];
  /** Every version on this page of results whose clause has these same words (this one first). */
  sameIn: SearchHitVersion[];
}

export interface SearchResult {
  total: number;
  /** Ranked by relevance (bm25), or, for a word in very many clauses, in the corpus's order (insurer, then version, then place in the text). */
  ranked: boolean;
  hits: SearchHit[];
}

interface Row {
  id: number;
  snippet: string;
}

/**
 * Past this many matches, ranking them all (bm25 reads every match) costs more than a reader gains:
 * a word in a third of all clauses ranks nothing in particular first. Such searches list matches in
 * the corpus's order, which the search page groups by insurer anyway; see README: Decisions.
 */
export const RANK_AT_MOST = 2_000;

/**
 * Full-text search over the clauses (SQLite FTS5, bm25 ranking, porter stemming), through Prisma's raw
 * SQL with bound parameters only: the MATCH expression comes from parseSearchQuery, which quotes every
 * user word, and every filter value is a bound parameter. Each version filter has its own index, so
 * an unfiltered search counts and orders inside FTS5 alone and joins only the page of results it shows.
 */
export async function searchClauses(query: Extract<ParsedQuery, { ok: true }>, filter: SearchFilter): Promise<SearchResult> {
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
  const countRows = filtered
    ? await prisma.$queryRaw<{ n: number | bigint }[]>`SELECT count(*) AS n FROM ${index} ${joins} WHERE ${index} MATCH ${query.match} ${restrict}`
    : await prisma.$queryRaw<{ n: number | bigint }[]>`SELECT count(*) AS n FROM ${index} WHERE ${index} MATCH ${query.match}`;
  const total = Number(countRows[0]?.n ?? 0);
  const ranked = total <= RANK_AT_MOST;
  // Clause ids follow the corpus's order (insurer, version, section, place), so rowid order is that order.
  const order = ranked ? Prisma.sql`${index}."rank", ${index}."rowid"` : Prisma.sql`${index}."rowid"`;
  const rows =
    total === 0
      ? []
      : filtered
        ? await prisma.$queryRaw<Row[]>`
            SELECT ${index}."rowid" AS id, snippet(${index}, 0, ${MARK_START}, ${MARK_END}, '…', 32) AS snippet
            FROM ${index} ${joins}
            WHERE ${index} MATCH ${query.match} ${restrict}
            ORDER BY ${order}
            LIMIT ${filter.limit} OFFSET ${filter.offset}`
        : await prisma.$queryRaw<Row[]>`
            SELECT "rowid" AS id, snippet(${index}, 0, ${MARK_START}, ${MARK_END}, '…', 32) AS snippet
            FROM ${index}
            WHERE ${index} MATCH ${query.match}
            ORDER BY ${order}
            LIMIT ${filter.limit} OFFSET ${filter.offset}`;
  const ids = rows.map((r) => Number(r.id));
  const clauses = ids.length
    ? await prisma.clause.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          key: true,
          text: true,
          leadIn: true,
          section: { select: { heading: true } },
          version: { select: { archivedOn: true, capture: true, isLatest: true, insurer: { select: { slug: true, name: true } } } },
          citations: { select: { practice: { select: { topic: { select: { slug: true, name: true, ordinal: true } } } } } },
        },
      })
    : [];
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const hits: SearchHit[] = [];
  const sameText = new Map<string, SearchHit>();
  for (const r of rows) {
    const c = byId.get(Number(r.id));
    if (!c) continue;
    const { insurer, archivedOn, capture, isLatest } = c.version;
    const version: SearchHitVersion = { archivedOn, capture: capture as Capture, isLatest, url: clauseUrl(insurer.slug, c.key, archivedOn) };
    // The same words in several versions of one insurer's policy are one result that names them all.
    const key = `${insurer.slug}\u0000${foldTypography(c.text)}`;
    const earlier = sameText.get(key);
    if (earlier) {
      earlier.sameIn.push(version);
      continue;
    }
    const cited = new Map(c.citations.map((ct) => [ct.practice.topic.slug, ct.practice.topic]));
    const hit: SearchHit = {
      insurer: { slug: insurer.slug, name: insurer.name },
      archivedOn,
      capture: capture as Capture,
      isLatest,
      clauseKey: c.key,
      section: c.section.heading,
      url: version.url,
      leadIn: c.leadIn,
      snippet: r.snippet,
      topics: [...cited.values()].sort((a, b) => a.ordinal - b.ordinal).map((t) => ({ slug: t.slug, name: t.name })),
      sameIn: [version],
    };
    sameText.set(key, hit);
    hits.push(hit);
  }
  return { total, ranked, hits };
}

/** The excerpt as HTML: policy text escaped, each match in <mark>. For API clients that show HTML. */
export function snippetHtml(snippet: string): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  return escape(snippet).split(MARK_START).join('<mark>').split(MARK_END).join('</mark>');
}
