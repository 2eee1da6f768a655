import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem, type SeedProblem } from '../ingest/errors';
import { DEFAULT_FETCH_OPTIONS, type FetchOptions } from './fetch';
import { DEFAULT_CONFIRM_DELAY_MS, trackSources, type TrackReport } from './track';

export const USAGE = `usage: npm run track [-- --sources <file>] [--seed-dir <dir>] [--insurer <slug>]… [--json]
       [--confirm-delay-ms ${DEFAULT_CONFIRM_DELAY_MS}] [--timeout-ms ${DEFAULT_FETCH_OPTIONS.timeoutMs}] [--max-bytes ${DEFAULT_FETCH_OPTIONS.maxBytes}]
       [--max-redirects ${DEFAULT_FETCH_OPTIONS.maxRedirects}] [--concurrency ${DEFAULT_FETCH_OPTIONS.concurrency}] [--per-host ${DEFAULT_FETCH_OPTIONS.perHost}]`;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd?: string;
}

/** A bad command line: exit code 2, with the usage. */
class UsageError extends Error {
  override name = 'UsageError';
}

function count(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} must be a whole number of at least ${min} (got "${value}")`);
  return n;
}

/**
 * `npm run track`: checks the sources, writes new versions and tracking.yaml, and reports. With --json,
 * stdout carries exactly one JSON object (the TrackReport) and progress goes to stderr. Exit code 0 when
 * the run completed (failed sources are part of the report and of tracking.yaml), 1 when it could not
 * run (an invalid seed, an unknown --insurer, …), 2 on a bad command line.
 */
export async function runTrackCli(argv: readonly string[], io: CliIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        sources: { type: 'string' },
        'seed-dir': { type: 'string' },
        insurer: { type: 'string', multiple: true },
        json: { type: 'boolean', default: false },
        'confirm-delay-ms': { type: 'string' },
        'timeout-ms': { type: 'string' },
        'max-bytes': { type: 'string' },
        'max-redirects': { type: 'string' },
        concurrency: { type: 'string' },
        'per-host': { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (err) {
    io.stderr(`${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    io.stderr(`${USAGE}\n`);
    return 0;
  }
  let fetchOptions: Partial<FetchOptions>;
  let confirmDelayMs: number | undefined;
  try {
    fetchOptions = Object.fromEntries(
      Object.entries({
        timeoutMs: count('timeout-ms', values['timeout-ms'], 1),
        maxBytes: count('max-bytes', values['max-bytes'], 1),
        maxRedirects: count('max-redirects', values['max-redirects'], 0),
        concurrency: count('concurrency', values.concurrency, 1),
        perHost: count('per-host', values['per-host'], 1),
      }).filter(([, v]) => v !== undefined),
    );
    confirmDelayMs = count('confirm-delay-ms', values['confirm-delay-ms'], 0);
  } catch (err) {
    io.stderr(`${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const cwd = io.cwd ?? process.cwd();
  const seedDir = path.resolve(cwd, values['seed-dir'] ?? 'seeds');
  try {
    const report = await trackSources({
      seedDir,
      ...(values.sources ? { sources: path.resolve(cwd, values.sources) } : {}),
      ...(values.insurer ? { insurers: values.insurer.flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean) } : {}),
      fetchOptions,
      ...(confirmDelayMs !== undefined ? { confirmDelayMs } : {}),
      log: (line) => io.stderr(`${line}\n`),
    });
    io.stdout(values.json ? `${JSON.stringify(report)}\n` : summary(report, seedDir, cwd));
    return 0;
  } catch (err) {
    const e = err as Error & { problems?: SeedProblem[] };
    io.stderr(`track failed (${e.name}); the seed folder was left as it was:\n${e.problems ? e.problems.map(formatProblem).join('\n') : e.message}\n`);
    return 1;
  }
}

function summary(report: TrackReport, seedDir: string, cwd: string): string {
  const rel = path.relative(cwd, seedDir) || '.';
  const lines = [`checked ${report.checked} source${report.checked === 1 ? '' : 's'}: ${report.changed.length} changed, ${report.unchanged.length} unchanged, ${report.failed.length} failed`];
  for (const c of report.changed)
    lines.push(`  changed    ${c.insurer}: ${rel}/${c.file} (${c.cells.carried} carried, ${c.cells.suggested} suggested, ${c.cells.flagged} flagged for review)`);
  for (const u of report.unchanged) lines.push(`  unchanged  ${u.insurer}`);
  for (const f of report.failed) lines.push(`  failed     ${f.insurer} ${f.url}: ${f.reason}`);
  lines.push(`The last check of each source is in ${rel}/tracking.yaml.`);
  if (report.changed.length) lines.push('Review the suggested and flagged cells of the new versions, then run npm run db:seed.');
  return `${lines.join('\n')}\n`;
}
