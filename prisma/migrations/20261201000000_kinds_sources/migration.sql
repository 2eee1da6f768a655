-- What kind of organization publishes each policy (insurer, state or federal exchange, Medicare plan),
-- and the insurer whose separate website a policy belongs to.
ALTER TABLE "Insurer" ADD COLUMN "kind" TEXT NOT NULL DEFAULT 'insurer';
ALTER TABLE "Insurer" ADD COLUMN "parentSlug" TEXT;
-- What a reader must know about a captured text itself (e.g. that it ends mid-sentence).
ALTER TABLE "PolicyVersion" ADD COLUMN "captureNote" TEXT;
-- Where the tracker fetches each insurer's live policy, with the last check of each source.
CREATE TABLE "PolicySource" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "insurerId" INTEGER NOT NULL,
    "url" TEXT NOT NULL,
    "render" TEXT NOT NULL,
    "checkedAt" TEXT,
    "outcome" TEXT,
    "reason" TEXT,
    "matchedVersion" TEXT,
    CONSTRAINT "PolicySource_insurerId_fkey" FOREIGN KEY ("insurerId") REFERENCES "Insurer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "PolicySource_insurerId_idx" ON "PolicySource"("insurerId");
-- Quotes in context and links that keep meaning: the lead-in of a list item, and the previous
-- version whose clause of the same key had other words.
ALTER TABLE "Clause" ADD COLUMN "leadIn" TEXT;
ALTER TABLE "Clause" ADD COLUMN "earlierWordingOn" TEXT;
