/**
 * One error type per ingest stage, so a failure says where it happened:
 * read (files) → parse (syntax) → validate (meaning) → load (database).
 */
export interface SeedProblem {
  file: string;
  line?: number;
  field?: string;
  message: string;
}

export function formatProblem(p: SeedProblem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return `${where}${p.field ? ` ${p.field}` : ''}: ${p.message}`;
}

abstract class StageError extends Error {
  constructor(readonly problems: SeedProblem[]) {
    super(problems.map(formatProblem).join('\n'));
  }
}

export class ReadError extends StageError {
  override name = 'ReadError';
}
/** Syntax of seed files (YAML, taxonomy table). Policy text syntax has its own ParseError in parse.ts. */
export class SeedSyntaxError extends StageError {
  override name = 'SeedSyntaxError';
}
export class ValidationError extends StageError {
  override name = 'ValidationError';
}
export class LoadError extends Error {
  override name = 'LoadError';
}
