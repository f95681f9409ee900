// Reads many source files on every core: a large scan hands its files to worker threads, each with its own
// parsers (tree-sitter's WASM runs one parse at a time per instance). Small scans read in this thread, where
// starting workers would cost more than it saves. Results come back in the order of the jobs.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { parsers } from './parser.ts';
import { readFile } from './read-file.ts';
import type { ReadJob, ReadResult } from './read-file.ts';

/** Below this much source text, one thread is faster than starting workers (about 40 ms each). */
const PARALLEL_MIN_CHARS = 400_000;
const MAX_WORKERS = 4;

/** The worker entry: read-worker.js beside a bundled CLI, else the TypeScript source next to this file. */
function workerEntry(): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const name of ['read-worker.js', 'read-worker.ts']) {
    if (existsSync(join(here, name))) return join(here, name);
  }
  return undefined;
}

async function inThread(jobs: readonly ReadJob[]): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for (const job of jobs) out.push(await readFile(job));
  return out;
}

/** auto: workers when the batch is large enough to pay for them; one: this thread; workers: always workers. */
export type Threads = 'auto' | 'one' | 'workers';

/** Every job's result, in job order. */
export async function readFiles(jobs: readonly ReadJob[], threads: Threads = 'auto'): Promise<ReadResult[]> {
  // Loaded here first, so a missing grammar is reported as CodeReaderUnavailable, not as a worker's error.
  await parsers();
  const chars = jobs.reduce((n, j) => n + j.text.length, 0);
  const cores = Math.min(MAX_WORKERS, availableParallelism());
  const entry = workerEntry();
  const worthIt = threads === 'workers' || (threads === 'auto' && chars >= PARALLEL_MIN_CHARS && cores >= 2 && jobs.length >= 2);
  if (!worthIt || entry === undefined || jobs.length === 0) return inThread(jobs);
  return inWorkers(jobs, workerPool(Math.max(1, cores), entry).slice(0, jobs.length));
}

/** Workers live for the whole process (their parsers are loaded once) and hold it open only while busy. */
let pool: Worker[] | undefined;

function workerPool(count: number, entry: string): Worker[] {
  pool ??= Array.from({ length: count }, () => {
    const worker = new Worker(entry);
    worker.unref();
    return worker;
  });
  return pool;
}

async function inWorkers(jobs: readonly ReadJob[], workers: readonly Worker[]): Promise<ReadResult[]> {
  const results: ReadResult[] = new Array(jobs.length);
  // Longest files first, so no worker is left with one big file at the end.
  const order = jobs.map((_, i) => i).sort((a, b) => jobs[b]!.text.length - jobs[a]!.text.length);
  let next = 0;
  await Promise.all(workers.map((worker) => new Promise<void>((resolve, reject) => {
    const done = (error?: Error): void => {
      worker.off('message', onMessage);
      worker.off('error', done);
      worker.unref();
      if (error !== undefined) {
        pool = undefined; // a failed worker is not reused
        reject(error);
      } else resolve();
    };
    const feed = (): void => {
      if (next >= order.length) return done();
      const id = order[next++]!;
      worker.postMessage({ id, job: jobs[id] });
    };
    const onMessage = (m: { id: number; result?: ReadResult; error?: string }): void => {
      if (m.error !== undefined || m.result === undefined) return done(new Error(m.error ?? 'a read worker returned nothing'));
      results[m.id] = m.result;
      feed();
    };
    worker.ref();
    worker.on('message', onMessage);
    worker.on('error', done);
    feed();
  })));
  return results;
}
