import { spawnSync } from 'node:child_process';
import { addCompileHints, CompileHintError } from '../lib/build/compile-hints';

/**
 * `npm run build`: `next build`, then the compile hint on the built script chunks (lib/build). Every
 * build of the app goes through here, so a build that is served always has them. NEXT_DIST_DIR picks
 * the output directory, as in next.config.ts.
 */
const distDir = process.env.NEXT_DIST_DIR ?? '.next';
const build = spawnSync('node_modules/.bin/next', ['build'], { stdio: 'inherit', env: { NEXT_TELEMETRY_DISABLED: '1', ...process.env } });
if (build.status !== 0) process.exit(build.status ?? 1);
try {
  const { hinted, alreadyHinted } = await addCompileHints(distDir);
  console.log(`compile hints: ${hinted.length} script chunks hinted${alreadyHinted.length ? `, ${alreadyHinted.length} already were` : ''} (${distDir}/static/chunks)`);
} catch (e) {
  if (e instanceof CompileHintError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
