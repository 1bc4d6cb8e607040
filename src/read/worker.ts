import { parentPort, workerData } from 'node:worker_threads';
import { readDocumentBytes, type ReadOcr } from './index.js';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './limits.js';

/**
 * A reader thread: bytes in, text pages out. Every file is read in one (DESIGN: a time and memory
 * budget on every path); pdfjs is CPU-bound, so several threads also read files in parallel.
 */
const data = workerData as { limits?: Partial<ReadLimits>; ocr?: ReadOcr } | undefined;
const limits: ReadLimits = { ...DEFAULT_READ_LIMITS, ...data?.limits };
const ocr: ReadOcr = data?.ocr ?? {};

// pdfjs leaves some internal promises without a handler (a damaged xref rejects one while loading, and
// the awaited call reports the same damage). Such a stray rejection must not end the thread: the file's
// outcome comes from the awaited calls, which catch what they know.
process.on('unhandledRejection', () => undefined);

parentPort?.on('message', async (job: { id: number; bytes: Uint8Array; name: string }) => {
  try {
    const outcome = await readDocumentBytes(Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength), job.name, limits, ocr);
    parentPort!.postMessage({ id: job.id, outcome });
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: (error as Error)?.message ?? String(error) });
  }
});
