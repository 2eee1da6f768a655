-- Full-text indexes of the clauses (SQLite FTS5, porter stemming: "track" finds "tracking"), over the
-- "Clause" table as external content: one of every version's clauses, one of each insurer's newest
-- version only (the default search), so that search ranks only what it may show. The seed fills both
-- after writing the clauses, leaving out repeated paragraphs; the app only reads them (lib/queries/search.ts).
-- Prisma's schema does not model them.
CREATE VIRTUAL TABLE "ClauseSearch" USING fts5(
    "text",
    content = 'Clause',
    content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE VIRTUAL TABLE "ClauseSearchLatest" USING fts5(
    "text",
    content = 'Clause',
    content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
