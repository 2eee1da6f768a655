import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

/**
 * `npm test`: typecheck, lint, unit tests, production build, then e2e in Chromium against `next start`.
 * Ends with one line "N passed, N failed" summing unit and e2e tests (CI reads it).
 */
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const bin = (name: string) => `node_modules/.bin/${name}`;
let passed = 0;
let failed = 0;

function run(label: string, cmd: string, args: string[]): boolean {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  return r.status === 0;
}

function finish(code: number): never {
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(code);
}

if (!run('typecheck', bin('tsc'), ['--noEmit'])) finish(1);
if (!run('lint', bin('eslint'), ['.', '--max-warnings=0'])) finish(1);

const unitReport = 'test-results/unit.json';
rmSync(unitReport, { force: true });
const unitOk = run('unit tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`]);
if (existsSync(unitReport)) {
  const r = JSON.parse(readFileSync(unitReport, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  passed += r.numPassedTests;
  failed += r.numFailedTests;
}
if (!unitOk) finish(1);

if (!run('seed', bin('tsx'), ['scripts/seed.ts'])) finish(1);
if (!run('build', bin('tsx'), ['scripts/build.ts'])) finish(1);
if (!run('build over a synthetic corpus (scale e2e)', bin('tsx'), ['scripts/build-scale.ts'])) finish(1);

const e2eReport = 'test-results/e2e.json';
rmSync(e2eReport, { force: true });
const e2eOk = run('e2e tests', bin('playwright'), ['test']);
if (existsSync(e2eReport)) {
  const r = JSON.parse(readFileSync(e2eReport, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number } };
  passed += r.stats.expected + r.stats.flaky;
  failed += r.stats.unexpected;
} else if (!e2eOk) {
  failed += 1;
}
finish(unitOk && e2eOk ? 0 : 1);
