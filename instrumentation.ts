/** Runs once when the server starts. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { installServerFixes } = await import('./lib/server-fixes');
  installServerFixes();
}
