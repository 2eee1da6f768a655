import { parentPort, workerData } from 'node:worker_threads';
import { createClient } from '@libsql/client';
import { runSearch, type SearchFilter } from './run';

/**
 * The search worker: a thread of its own with its own read connection, so that FTS5's work (which
 * runs synchronously inside SQLite) never blocks the server's event loop. Messages: { id, match,
 * filter } in, { id, result } or { id, error } out.
 */
const db = createClient({ url: (workerData as { url: string }).url });

parentPort!.on('message', (message: { id: number; match: string; filter: SearchFilter }) => {
  runSearch(db, message.match, message.filter).then(
    (result) => parentPort!.postMessage({ id: message.id, result }),
    (err: unknown) => parentPort!.postMessage({ id: message.id, error: err instanceof Error ? err.message : String(err) }),
  );
});
