import type { Client, InValue } from '@libsql/client';
import type { Capture } from '../dto';
import { foldTypography } from '../text-fold';
import { clauseUrl } from '../urls';
import { MARK_END, MARK_START } from './marks';

/**
 * Full-text search over the clauses (SQLite FTS5, porter stemming) on a libSQL connection of its own:
 * it runs in the search worker (lib/search/pool.ts), so a busy search never holds up the pages. The
 * MATCH expression comes from parseSearchQuery, which quotes every user word; every value is a bound
 * parameter. Each version filter has its own index, so an unfiltered search counts and orders inside
 * FTS5 alone and reads the rest only for the page of results it shows.
 */
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

/**
 * Past this many matches, ranking them all (bm25 reads every match) costs more than a reader gains:
 * a word in a third of all clauses ranks nothing in particular first. Such searches list matches in
 * the corpus's order, which the search page groups by insurer anyway; see README: Decisions.
 */
export const RANK_AT_MOST = 2_000;

/** A column's value as text (libSQL rows hold strings, numbers or null here). */
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'bigint' ? String(v) : '');

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

export async function runSearch(db: Client, match: string, filter: SearchFilter): Promise<SearchResult> {
  const index = filter.versions === 'current' ? '"ClauseSearchLatest"' : '"ClauseSearch"';
  const filtered = filter.insurers.length > 0 || filter.topics.length > 0;
  const args: InValue[] = [match];
  let where = `${index} MATCH ?`;
  let from = index;
  if (filtered) {
    from = `${index} JOIN "Clause" c ON c."id" = ${index}."rowid" JOIN "PolicyVersion" v ON v."id" = c."versionId" JOIN "Insurer" i ON i."id" = v."insurerId"`;
    if (filter.insurers.length) {
      where += ` AND i."slug" IN (${placeholders(filter.insurers.length)})`;
      args.push(...filter.insurers);
    }
    if (filter.topics.length) {
      where += ` AND EXISTS (SELECT 1 FROM "Citation" ct JOIN "Practice" p ON p."id" = ct."practiceId" JOIN "Topic" t ON t."id" = p."topicId"
        WHERE ct."clauseId" = c."id" AND t."slug" IN (${placeholders(filter.topics.length)}))`;
      args.push(...filter.topics);
    }
  }
  const count = await db.execute({ sql: `SELECT count(*) AS n FROM ${from} WHERE ${where}`, args });
  const total = Number(count.rows[0]?.n ?? 0);
  const ranked = total <= RANK_AT_MOST;
  if (total === 0) return { total, ranked, hits: [] };
  // Clause ids follow the corpus's order (insurer, version, section, place), so rowid order is that order.
  const order = ranked ? `${index}."rank", ${index}."rowid"` : `${index}."rowid"`;
  const page = await db.execute({
    sql: `SELECT ${index}."rowid" AS id, snippet(${index}, 0, ?, ?, '…', 32) AS snippet FROM ${from} WHERE ${where} ORDER BY ${order} LIMIT ? OFFSET ?`,
    args: [MARK_START, MARK_END, ...args, filter.limit, filter.offset],
  });
  const ids = page.rows.map((r) => Number(r.id));
  if (ids.length === 0) return { total, ranked, hits: [] };
  const [details, cited] = await Promise.all([
    db.execute({
      sql: `SELECT c."id", c."key", c."text", c."leadIn", s."heading", v."archivedOn", v."capture", v."isLatest", i."slug", i."name"
        FROM "Clause" c JOIN "Section" s ON s."id" = c."sectionId" JOIN "PolicyVersion" v ON v."id" = c."versionId" JOIN "Insurer" i ON i."id" = v."insurerId"
        WHERE c."id" IN (${placeholders(ids.length)})`,
      args: ids,
    }),
    db.execute({
      sql: `SELECT DISTINCT ct."clauseId" AS id, t."slug", t."name", t."ordinal"
        FROM "Citation" ct JOIN "Practice" p ON p."id" = ct."practiceId" JOIN "Topic" t ON t."id" = p."topicId"
        WHERE ct."clauseId" IN (${placeholders(ids.length)}) ORDER BY t."ordinal"`,
      args: ids,
    }),
  ]);
  const byId = new Map(details.rows.map((r) => [Number(r.id), r]));
  const topicsOf = new Map<number, { slug: string; name: string }[]>();
  for (const r of cited.rows) topicsOf.set(Number(r.id), [...(topicsOf.get(Number(r.id)) ?? []), { slug: str(r.slug), name: str(r.name) }]);
  const hits: SearchHit[] = [];
  const sameText = new Map<string, SearchHit>();
  for (const row of page.rows) {
    const id = Number(row.id);
    const c = byId.get(id);
    if (!c) continue;
    const insurer = { slug: str(c.slug), name: str(c.name) };
    const archivedOn = str(c.archivedOn);
    const key = str(c.key);
    const version: SearchHitVersion = { archivedOn, capture: str(c.capture) as Capture, isLatest: Boolean(c.isLatest), url: clauseUrl(insurer.slug, key, archivedOn) };
    // The same words in several versions of one insurer's policy are one result that names them all.
    const same = `${insurer.slug}\u0000${foldTypography(str(c.text))}`;
    const earlier = sameText.get(same);
    if (earlier) {
      earlier.sameIn.push(version);
      continue;
    }
    const hit: SearchHit = {
      insurer,
      archivedOn,
      capture: version.capture,
      isLatest: version.isLatest,
      clauseKey: key,
      section: str(c.heading),
      url: version.url,
      leadIn: c.leadIn === null ? null : str(c.leadIn),
      snippet: str(row.snippet),
      topics: topicsOf.get(id) ?? [],
      sameIn: [version],
    };
    sameText.set(same, hit);
    hits.push(hit);
  }
  return { total, ranked, hits };
}

/** The excerpt as HTML: policy text escaped, each match in <mark>. For API clients that show HTML. */
export function snippetHtml(snippet: string): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  return escape(snippet).split(MARK_START).join('<mark>').split(MARK_END).join('</mark>');
}
