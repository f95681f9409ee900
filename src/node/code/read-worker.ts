// A read worker: parses and reads the files a scan sends it, one message per file (see read-pool.ts).
import { parentPort } from 'node:worker_threads';
import { readFile } from './read-file.ts';
import type { ReadJob } from './read-file.ts';

parentPort?.on('message', (message: { id: number; job: ReadJob }) => {
  readFile(message.job).then(
    (result) => parentPort?.postMessage({ id: message.id, result }),
    (error: unknown) => parentPort?.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
