-- Policy versions (insurer → document → versions → sections, clauses → practices → citations), stance
-- changes between versions, review state of each cell, short stance labels. The database is a build
-- artefact rebuilt by every seed, so this migration recreates the tables rather than moving rows.
PRAGMA foreign_keys=OFF;
DROP TABLE IF EXISTS "Citation";
DROP TABLE IF EXISTS "Practice";
DROP TABLE IF EXISTS "StanceOption";
DROP TABLE IF EXISTS "Topic";
DROP TABLE IF EXISTS "TopicGroup";
DROP TABLE IF EXISTS "Clause";
DROP TABLE IF EXISTS "Section";
DROP TABLE IF EXISTS "PolicyVersion";
DROP TABLE IF EXISTS "PolicyDocument";
DROP TABLE IF EXISTS "Insurer";
PRAGMA foreign_keys=ON;

-- CreateTable
CREATE TABLE "Insurer" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "domain" TEXT,
    "ordinal" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "PolicyDocument" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "insurerId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    CONSTRAINT "PolicyDocument_insurerId_fkey" FOREIGN KEY ("insurerId") REFERENCES "Insurer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PolicyVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "documentId" INTEGER NOT NULL,
    "insurerId" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "isLatest" BOOLEAN NOT NULL,
    "archivedOn" TEXT NOT NULL,
    "capture" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "sourceFile" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "contentSha256" TEXT NOT NULL,
    "rawText" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "snapshotUrl" TEXT,
    "effectiveOn" TEXT,
    "lastModifiedOn" TEXT,
    CONSTRAINT "PolicyVersion_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "PolicyDocument" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PolicyVersion_insurerId_fkey" FOREIGN KEY ("insurerId") REFERENCES "Insurer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Section" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "versionId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "heading" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "startOffset" INTEGER NOT NULL,
    "endOffset" INTEGER NOT NULL,
    CONSTRAINT "Section_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "PolicyVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Clause" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "versionId" INTEGER NOT NULL,
    "sectionId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "depth" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "startOffset" INTEGER NOT NULL,
    "endOffset" INTEGER NOT NULL,
    "duplicateOfKey" TEXT,
    "linksJson" TEXT,
    CONSTRAINT "Clause_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "PolicyVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Clause_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TopicGroup" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "Topic" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "explanation" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "groupId" INTEGER NOT NULL,
    CONSTRAINT "Topic_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "TopicGroup" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StanceOption" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "topicId" INTEGER NOT NULL,
    "value" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "short" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "tone" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,
    CONSTRAINT "StanceOption_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Practice" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "versionId" INTEGER NOT NULL,
    "insurerId" INTEGER NOT NULL,
    "topicId" INTEGER NOT NULL,
    "stance" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "review" TEXT NOT NULL,
    "confidence" REAL,
    "why" TEXT,
    "flag" TEXT,
    "carriedFromVersionId" INTEGER,
    CONSTRAINT "Practice_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "PolicyVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Practice_insurerId_fkey" FOREIGN KEY ("insurerId") REFERENCES "Insurer" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Practice_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Practice_carriedFromVersionId_fkey" FOREIGN KEY ("carriedFromVersionId") REFERENCES "PolicyVersion" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StanceChange" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "insurerId" INTEGER NOT NULL,
    "topicId" INTEGER NOT NULL,
    "fromVersionId" INTEGER NOT NULL,
    "toVersionId" INTEGER NOT NULL,
    "fromStance" TEXT NOT NULL,
    "toStance" TEXT NOT NULL,
    CONSTRAINT "StanceChange_insurerId_fkey" FOREIGN KEY ("insurerId") REFERENCES "Insurer" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "StanceChange_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "StanceChange_fromVersionId_fkey" FOREIGN KEY ("fromVersionId") REFERENCES "PolicyVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "StanceChange_toVersionId_fkey" FOREIGN KEY ("toVersionId") REFERENCES "PolicyVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Citation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "practiceId" INTEGER NOT NULL,
    "clauseId" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,
    CONSTRAINT "Citation_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_clauseId_fkey" FOREIGN KEY ("clauseId") REFERENCES "Clause" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Insurer_slug_key" ON "Insurer"("slug");

-- CreateIndex
CREATE INDEX "PolicyDocument_insurerId_idx" ON "PolicyDocument"("insurerId");

-- CreateIndex
CREATE INDEX "PolicyVersion_documentId_idx" ON "PolicyVersion"("documentId");

-- CreateIndex
CREATE UNIQUE INDEX "PolicyVersion_insurerId_archivedOn_key" ON "PolicyVersion"("insurerId", "archivedOn");

-- CreateIndex
CREATE UNIQUE INDEX "Section_versionId_key_key" ON "Section"("versionId", "key");

-- CreateIndex
CREATE INDEX "Clause_sectionId_idx" ON "Clause"("sectionId");

-- CreateIndex
CREATE UNIQUE INDEX "Clause_versionId_key_key" ON "Clause"("versionId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "TopicGroup_slug_key" ON "TopicGroup"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Topic_slug_key" ON "Topic"("slug");

-- CreateIndex
CREATE INDEX "Topic_groupId_idx" ON "Topic"("groupId");

-- CreateIndex
CREATE UNIQUE INDEX "StanceOption_topicId_value_key" ON "StanceOption"("topicId", "value");

-- CreateIndex
CREATE INDEX "Practice_insurerId_idx" ON "Practice"("insurerId");

-- CreateIndex
CREATE INDEX "Practice_topicId_idx" ON "Practice"("topicId");

-- CreateIndex
CREATE UNIQUE INDEX "Practice_versionId_topicId_key" ON "Practice"("versionId", "topicId");

-- CreateIndex
CREATE INDEX "StanceChange_insurerId_idx" ON "StanceChange"("insurerId");

-- CreateIndex
CREATE INDEX "StanceChange_toVersionId_idx" ON "StanceChange"("toVersionId");

-- CreateIndex
CREATE INDEX "Citation_practiceId_idx" ON "Citation"("practiceId");

-- CreateIndex
CREATE INDEX "Citation_clauseId_idx" ON "Citation"("clauseId");

