import { readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { createClient } from '@libsql/client';
import { createPrismaClient } from '../db';
import type { Prisma } from '../generated/prisma/client';
import { keysWithEarlierWording, leadInKeys, leadInText } from './clause-context';
import { LoadError } from './errors';
import type { Corpus } from './validate';

/** Applies the committed migrations, in order, to an empty database file. */
async function applyMigrations(url: string, migrationsDir: string): Promise<void> {
  const names = (await readdir(migrationsDir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const client = createClient({ url });
  try {
    for (const name of names) await client.executeMultiple(await readFile(path.join(migrationsDir, name, 'migration.sql'), 'utf8'));
  } finally {
    client.close();
  }
}

/** Row ids are assigned here, in corpus order, so the same seed always yields the same database. */
export async function writeCorpus(url: string, corpus: Corpus): Promise<{ searchIndexMs: number }> {
  const db = createPrismaClient(url);
  try {
    const groupIds = new Map(corpus.groups.map((g, i) => [g.slug, i + 1]));
    const topicIds = new Map(corpus.topics.map((t, i) => [t.slug, i + 1]));
    const stanceRows = corpus.topics.flatMap((t) => t.stances.map((s) => ({ ...s, topicId: topicIds.get(t.slug)! })));
    const insurerRows = corpus.insurers.map((ins, i) => ({
      id: i + 1, slug: ins.meta.slug, name: ins.meta.name, state: ins.meta.state, domain: ins.meta.domain ?? null,
      kind: ins.meta.kind, parentSlug: ins.meta.parent ?? null, ordinal: ins.ordinal,
    }));
    const documentRows = corpus.insurers.map((ins, i) => ({ id: i + 1, insurerId: i + 1, title: ins.versions[ins.versions.length - 1]!.meta.title }));
    const versionRows: Prisma.PolicyVersionCreateManyInput[] = [];
    const sectionRows: Prisma.SectionCreateManyInput[] = [];
    const clauseRows: Prisma.ClauseCreateManyInput[] = [];
    const practiceRows: Prisma.PracticeCreateManyInput[] = [];
    const citationRows: Prisma.CitationCreateManyInput[] = [];
    const versionIds = new Map<string, number>();
    for (const [i, ins] of corpus.insurers.entries()) {
      const insurerId = i + 1;
      for (const [vi, v] of ins.versions.entries()) {
        const previous = ins.versions[vi - 1];
        const reworded = previous ? keysWithEarlierWording(previous.policy.clauses, v.policy.clauses) : new Set<string>();
        const versionId = versionRows.length + 1;
        versionIds.set(`${ins.meta.slug}\u0000${v.date}`, versionId);
        versionRows.push({
          id: versionId, documentId: insurerId, insurerId, ordinal: v.ordinal, isLatest: v.ordinal === ins.versions.length,
          archivedOn: v.date, capture: v.capture, title: v.meta.title, sourceFile: v.meta.file, format: v.meta.format,
          contentSha256: v.sha256, rawText: v.rawText, sourceUrl: v.meta.sourceUrl ?? null, snapshotUrl: v.policy.provenance?.kind === 'archive' ? v.policy.provenance.snapshotUrl : null,
          effectiveOn: v.meta.effectiveOn ?? null, lastModifiedOn: v.meta.lastModifiedOn ?? null, captureNote: v.meta.captureNote ?? null,
        });
        const clauseIds = new Map<string, number>();
        for (const s of v.policy.sections) {
          const sectionId = sectionRows.length + 1;
          const leadIns = leadInKeys(s);
          const textOf = new Map(s.clauses.map((c) => [c.key, c.text]));
          sectionRows.push({ id: sectionId, versionId, key: s.key, heading: s.heading, level: s.level, ordinal: s.ordinal, startOffset: s.start, endOffset: s.end });
          for (const c of s.clauses) {
            const id = clauseRows.length + 1;
            clauseIds.set(c.key, id);
            clauseRows.push({
              id, versionId, sectionId, key: c.key, kind: c.kind, ordinal: c.ordinal, depth: c.depth, text: c.text,
              startOffset: c.start, endOffset: c.end, duplicateOfKey: c.duplicateOfKey ?? null, linksJson: c.links ? JSON.stringify(c.links) : null,
              leadIn: leadIns.has(c.key) ? leadInText(textOf.get(leadIns.get(c.key)!)!) : null, earlierWordingOn: reworded.has(c.key) ? previous!.date : null,
            });
          }
        }
        for (const p of v.practices) {
          const practiceId = practiceRows.length + 1;
          practiceRows.push({
            id: practiceId, versionId, insurerId, topicId: topicIds.get(p.topicSlug)!, stance: p.stance, summary: p.summary, review: p.review,
            confidence: p.confidence ?? null, why: p.why ?? null, flag: p.flag ?? null,
            carriedFromVersionId: p.carriedFrom ? versionIds.get(`${ins.meta.slug}\u0000${p.carriedFrom}`) ?? null : null,
          });
          p.citations.forEach((c, ordinal) =>
            citationRows.push({ id: citationRows.length + 1, practiceId, clauseId: clauseIds.get(c.clauseKey)!, quote: c.quote, ordinal: ordinal + 1 }),
          );
        }
      }
    }
    const insurerIds = new Map(corpus.insurers.map((ins, i) => [ins.meta.slug, i + 1]));
    const changeRows = corpus.changes.map((c, i) => ({
      id: i + 1, insurerId: insurerIds.get(c.insurer)!, topicId: topicIds.get(c.topic)!,
      fromVersionId: versionIds.get(`${c.insurer}\u0000${c.from}`)!, toVersionId: versionIds.get(`${c.insurer}\u0000${c.to}`)!,
      fromStance: c.fromStance, toStance: c.toStance,
    }));
    await db.$transaction([
      db.topicGroup.createMany({ data: corpus.groups.map((g) => ({ id: groupIds.get(g.slug)!, ...g })) }),
      db.topic.createMany({
        data: corpus.topics.map((t) => ({
          id: topicIds.get(t.slug)!, slug: t.slug, name: t.name, question: t.question, explanation: t.explanation,
          ordinal: t.ordinal, groupId: groupIds.get(t.groupSlug)!,
        })),
      }),
      db.stanceOption.createMany({ data: stanceRows }),
      db.insurer.createMany({ data: insurerRows }),
      db.policyDocument.createMany({ data: documentRows }),
      db.policyVersion.createMany({ data: versionRows }),
      db.section.createMany({ data: sectionRows }),
      db.clause.createMany({ data: clauseRows }),
      db.practice.createMany({ data: practiceRows }),
      db.citation.createMany({ data: citationRows }),
      db.stanceChange.createMany({ data: changeRows }),
      db.policySource.createMany({
        data: corpus.sources.map((s, i) => ({
          id: i + 1, insurerId: insurerIds.get(s.insurer)!, url: s.url, render: s.render,
          checkedAt: s.lastCheck?.checkedAt ?? null, outcome: s.lastCheck?.outcome ?? null, reason: s.lastCheck?.reason ?? null, matchedVersion: s.lastCheck?.version ?? null,
        })),
      }),
    ]);
    // The full-text indexes read the clauses just written (migration 20261124010000_clause_search).
    const started = performance.now();
    await db.$transaction([
      db.$executeRaw`INSERT INTO "ClauseSearch"(rowid, "text") SELECT "id", "text" FROM "Clause" WHERE "duplicateOfKey" IS NULL`,
      db.$executeRaw`INSERT INTO "ClauseSearchLatest"(rowid, "text")
        SELECT c."id", c."text" FROM "Clause" c JOIN "PolicyVersion" v ON v."id" = c."versionId" WHERE v."isLatest" = 1 AND c."duplicateOfKey" IS NULL`,
    ]);
    return { searchIndexMs: performance.now() - started };
  } finally {
    await db.$disconnect();
  }
}

/**
 * Stage 5: builds the whole database in a temporary file next to the target and renames it over the
 * target only when everything succeeded, so a failed seed leaves the previous database untouched.
 */
export async function loadCorpus(corpus: Corpus, dbPath: string, migrationsDir: string): Promise<{ searchIndexMs: number }> {
  const tmpPath = `${dbPath}.tmp-${process.pid}-${Date.now()}`;
  try {
    await applyMigrations(`file:${tmpPath}`, migrationsDir);
    const timings = await writeCorpus(`file:${tmpPath}`, corpus);
    await rename(tmpPath, dbPath);
    return timings;
  } catch (err) {
    throw new LoadError(`could not build ${dbPath}: ${(err as Error).message}`, { cause: err });
  } finally {
    await rm(tmpPath, { force: true });
    await rm(`${tmpPath}-journal`, { force: true });
  }
}
