-- What kind of organization publishes each policy (insurer, state or federal exchange, Medicare plan),
-- and the insurer whose separate website a policy belongs to.
ALTER TABLE "Insurer" ADD COLUMN "kind" TEXT NOT NULL DEFAULT 'insurer';
ALTER TABLE "Insurer" ADD COLUMN "parentSlug" TEXT;
-- What a reader must know about a captured text itself (e.g. that it ends mid-sentence).
ALTER TABLE "PolicyVersion" ADD COLUMN "captureNote" TEXT;
