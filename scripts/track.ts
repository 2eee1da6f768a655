import { runTrackCli } from '../lib/track/cli';

/**
 * npm run track [-- --sources <file>] [--seed-dir <dir>] [--insurer <slug>] [--json] [--confirm-delay-ms N] …
 * Fetches each insurer's live policy (seeds/sources.yaml), records a new version only when the words
 * changed, and writes the last check of every source to seeds/tracking.yaml (lib/track/README.md).
 */
process.exitCode = await runTrackCli(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
});
