import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { cacheKey, type TextCache } from './cache.js';
import { readDocumentBytes } from './index.js';
import type { ReadOutcome } from './pages.js';

/** How caseaudit turns one file's bytes into text: in threads or in-process, through the cache. */
export interface DocumentReader {
  read(bytes: Buffer, name: string, sha256: string): Promise<ReadOutcome>;
  close(): Promise<void>;
}

export interface ReaderOptions {
  /** files read at once; above 1, in worker threads */
  jobs: number;
  cache?: TextCache;
  /** a file still being read after this long is given up as unreadable (its thread is replaced) */
  timeoutMs?: number;
}

const WORKER = new URL('./worker.js', import.meta.url);

export function createReader(o: ReaderOptions): DocumentReader {
  // Threads need the compiled worker (dist/read/worker.js); run from sources (tests), files are read
  // in-process, one at a time per job.
  const pool = o.jobs > 1 && existsSync(fileURLToPath(WORKER)) ? new ThreadPool(o.jobs, o.timeoutMs ?? 180_000) : undefined;
  const extract = (bytes: Buffer, name: string) => (pool ? pool.read(bytes, name) : readDocumentBytes(bytes, name));
  return {
    async read(bytes, name, sha256) {
      const key = o.cache ? cacheKey(sha256, name) : '';
      const cached = o.cache ? await o.cache.get(key) : undefined;
      if (cached) return cached;
      const outcome = await extract(bytes, name);
      if (o.cache) await o.cache.set(key, outcome);
      return outcome;
    },
    close: async () => pool?.close(),
  };
}

interface Job {
  id: number;
  bytes: Buffer;
  name: string;
  resolve: (o: ReadOutcome) => void;
}

/**
 * A fixed set of reader threads. A thread that crashes or takes longer than the timeout on one file is
 * replaced; that file is reported unreadable with the reason, and the others go on.
 */
class ThreadPool {
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly busy = new Map<Worker, { job: Job; timer: NodeJS.Timeout }>();
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly timeoutMs: number,
  ) {
    for (let i = 0; i < size; i++) this.idle.push(this.spawn());
  }

  read(bytes: Buffer, name: string): Promise<ReadOutcome> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, bytes, name, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.idle, ...this.busy.keys()].map((w) => w.terminate()));
  }

  private spawn(): Worker {
    const worker = new Worker(WORKER);
    worker.unref();
    worker.on('message', (msg: { id: number; outcome?: ReadOutcome; error?: string }) => {
      const entry = this.busy.get(worker);
      if (!entry || entry.job.id !== msg.id) return;
      this.finish(worker, msg.outcome ?? { status: 'unreadable', kind: 'unknown', reason: `reader failed: ${msg.error}` });
      this.idle.push(worker);
      this.pump();
    });
    worker.on('error', (error) => this.replace(worker, `reader thread crashed: ${error.message}`));
    worker.on('exit', (code) => {
      if (!this.closed && this.busy.has(worker)) this.replace(worker, `reader thread exited (${code})`);
    });
    return worker;
  }

  private finish(worker: Worker, outcome: ReadOutcome): void {
    const entry = this.busy.get(worker);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.busy.delete(worker);
    entry.job.resolve(outcome);
  }

  private replace(worker: Worker, reason: string): void {
    this.finish(worker, { status: 'unreadable', kind: 'unknown', reason });
    void worker.terminate();
    const i = this.idle.indexOf(worker);
    if (i >= 0) this.idle.splice(i, 1);
    if (!this.closed) {
      this.idle.push(this.spawn());
      this.pump();
    }
  }

  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const job = this.queue.shift()!;
      const timer = setTimeout(() => this.replace(worker, `reading took longer than ${Math.round(this.timeoutMs / 1000)} s`), this.timeoutMs);
      timer.unref();
      this.busy.set(worker, { job, timer });
      worker.ref();
      // A copy goes to the thread; the caller keeps its bytes (for the hash and the report).
      worker.postMessage({ id: job.id, bytes: new Uint8Array(job.bytes), name: job.name });
    }
    for (const w of this.idle) w.unref();
  }
}
