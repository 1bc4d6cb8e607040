import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { cacheKey, type TextCache } from './cache.js';
import { DEFAULT_READ_LIMITS, LIMIT_PREFIX, limitReason, type ReadLimits } from './limits.js';
import type { ReadOcr } from './index.js';
import { ocrCacheKey } from './ocr/cache-key.js';
import type { ReadOutcome } from './pages.js';

/** How caseaudit turns one file's bytes into text: in reader threads, through the cache. */
export interface DocumentReader {
  read(bytes: Buffer, name: string, sha256: string): Promise<ReadOutcome>;
  close(): Promise<void>;
}

export interface ReaderOptions {
  /** files read at once, each in a reader thread (at least one thread) */
  jobs: number;
  cache?: TextCache;
  /** the budget of one file (defaults: DEFAULT_READ_LIMITS) */
  limits?: Partial<ReadLimits>;
  /** shorthand for limits.timeoutMs */
  timeoutMs?: number;
  /** OCR of scans (src/read/ocr): settings when it runs, else why not */
  ocr?: ReadOcr;
}

/** What a thread gave for one file, and whether the same bytes would give it again (only that is cached). */
interface PoolResult {
  outcome: ReadOutcome;
  deterministic: boolean;
}

export function createReader(o: ReaderOptions): DocumentReader {
  const limits: ReadLimits = { ...DEFAULT_READ_LIMITS, ...o.limits, ...(o.timeoutMs !== undefined ? { timeoutMs: o.timeoutMs } : {}) };
  const ocr = o.ocr ?? {};
  const pool = acquirePool(Math.max(1, o.jobs), limits, ocr);
  let closed = false;
  return {
    async read(bytes, name, sha256) {
      const key = o.cache ? cacheKey(sha256, name) : '';
      // OCR'd text is kept under a key with the engine and model too (ocr/cache-key.ts).
      const ocrKey = o.cache && ocr.settings ? ocrCacheKey(key, ocr.settings) : undefined;
      const cachedOcr = ocrKey ? await o.cache!.get(ocrKey) : undefined;
      if (cachedOcr) return cachedOcr;
      const cached = o.cache ? await o.cache.get(key) : undefined;
      // A scan cached before OCR was on is read again, now with OCR.
      if (cached && !(ocrKey && cached.status === 'no-text')) return cached;
      const { outcome, deterministic } = await pool.read(bytes, name);
      // A timeout, a crashed thread or an outcome that depends on the limits may differ next time.
      const cacheable = deterministic && !('reason' in outcome && outcome.reason.startsWith(LIMIT_PREFIX));
      const pageLimited = 'pageErrors' in outcome && outcome.pageErrors.some((e) => e.reason.includes(LIMIT_PREFIX));
      if (o.cache && cacheable && !pageLimited) await o.cache.set(outcome.status === 'ok' && outcome.ocr && ocrKey ? ocrKey : key, outcome);
      return outcome;
    },
    async close() {
      if (closed) return;
      closed = true;
      releasePool(pool);
    },
  };
}

/**
 * Reader threads are kept for the life of the process and shared by the audits run in it (a thread
 * loads pdfjs once): idle threads do not keep the process alive. One pool per size and budget.
 */
const pools = new Map<string, { pool: ThreadPool; users: number }>();

function acquirePool(size: number, limits: ReadLimits, ocr: ReadOcr): ThreadPool {
  const key = JSON.stringify([size, limits, ocr]);
  const entry = pools.get(key) ?? { pool: new ThreadPool(size, limits, ocr), users: 0 };
  entry.users++;
  pools.set(key, entry);
  return entry.pool;
}

function releasePool(pool: ThreadPool): void {
  for (const [key, entry] of pools) {
    if (entry.pool !== pool) continue;
    entry.users--;
    // A pool of short-lived budgets (tests, --file-timeout experiments) is not kept.
    if (entry.users === 0 && pools.size > 2) {
      pools.delete(key);
      void pool.close();
    }
  }
}

/** End every reader thread (tests, embedders that want a quiet process at once). */
export async function closeReaderThreads(): Promise<void> {
  const all = [...pools.values()].map((e) => e.pool);
  pools.clear();
  await Promise.all(all.map((p) => p.close()));
}

const BUILT_WORKER = new URL('./worker.js', import.meta.url);
const SOURCE_WORKER = new URL('./worker-source.mjs', import.meta.url);

/**
 * The compiled thread beside this module (dist/bundle/worker.js for the CLI, dist/read/worker.js for
 * the unbundled build), or, run from sources (tests, tsx), the TypeScript one loaded through tsx's
 * loader registered inside the thread.
 */
function startWorker(limits: ReadLimits, ocr: ReadOcr): Worker {
  const options = { workerData: { limits, ocr }, resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb } };
  return new Worker(existsSync(fileURLToPath(BUILT_WORKER)) ? BUILT_WORKER : SOURCE_WORKER, options);
}

interface Job {
  id: number;
  bytes: Buffer;
  name: string;
  resolve: (r: PoolResult) => void;
}

/**
 * A fixed set of reader threads. A thread that crashes, runs out of its heap or takes longer than the
 * deadline on one file is replaced; that file is reported unreadable with the reason, and the others
 * go on.
 */
class ThreadPool {
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly busy = new Map<Worker, { job: Job; timer: NodeJS.Timeout }>();
  private started = 0;
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly limits: ReadLimits,
    private readonly ocr: ReadOcr = {},
  ) {}

  read(bytes: Buffer, name: string): Promise<PoolResult> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, bytes, name, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const all = [...this.idle, ...this.busy.keys()];
    for (const { job, timer } of this.busy.values()) {
      clearTimeout(timer);
      job.resolve({ outcome: { status: 'unreadable', kind: 'unknown', reason: 'reading stopped (reader closed)' }, deterministic: false });
    }
    this.busy.clear();
    this.idle.length = 0;
    await Promise.all(all.map((w) => w.terminate()));
  }

  private spawn(): Worker {
    const worker = startWorker(this.limits, this.ocr);
    this.started++;
    worker.unref();
    worker.on('message', (msg: { id: number; outcome?: ReadOutcome; error?: string }) => {
      const entry = this.busy.get(worker);
      if (!entry || entry.job.id !== msg.id) return;
      const outcome = msg.outcome ?? { status: 'unreadable', kind: 'unknown', reason: `reader failed: ${msg.error}` };
      this.finish(worker, outcome, msg.outcome !== undefined);
      this.idle.push(worker);
      this.pump();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const reason =
        error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? limitReason(`memory (more than ${this.limits.memoryMb} MiB of heap)`) : `reader thread crashed: ${error.message}`;
      this.replace(worker, reason);
    });
    worker.on('exit', (code) => {
      if (!this.closed && this.busy.has(worker)) this.replace(worker, `reader thread exited (${code})`);
      else if (this.idle.includes(worker)) {
        this.forget(worker);
        this.started--;
      }
    });
    return worker;
  }

  private finish(worker: Worker, outcome: ReadOutcome, deterministic: boolean): void {
    const entry = this.busy.get(worker);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.busy.delete(worker);
    entry.job.resolve({ outcome, deterministic });
  }

  private forget(worker: Worker): void {
    const i = this.idle.indexOf(worker);
    if (i >= 0) this.idle.splice(i, 1);
  }

  private replace(worker: Worker, reason: string): void {
    this.finish(worker, { status: 'unreadable', kind: 'unknown', reason }, false);
    this.forget(worker);
    this.started--;
    void worker.terminate();
    if (!this.closed) this.pump();
  }

  private pump(): void {
    if (this.closed) return;
    // Threads are started when there is work, up to the pool's size.
    while (this.queue.length > this.idle.length && this.started < this.size) this.idle.push(this.spawn());
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const job = this.queue.shift()!;
      const seconds = Math.round(this.limits.timeoutMs / 100) / 10;
      const timer = setTimeout(() => this.replace(worker, limitReason(`reading took longer than ${seconds} s`)), this.limits.timeoutMs);
      timer.unref();
      this.busy.set(worker, { job, timer });
      worker.ref();
      // A copy goes to the thread, moved rather than cloned a second time; the caller keeps its bytes
      // (for the hash, the report, and another thread should this one fail).
      const bytes = new Uint8Array(job.bytes);
      worker.postMessage({ id: job.id, bytes, name: job.name }, [bytes.buffer]);
    }
    for (const w of this.idle) w.unref();
  }
}
