import { parentPort } from 'node:worker_threads';
import { readDocumentBytes } from './index.js';

/** A reader thread: bytes in, text pages out. pdfjs is CPU-bound; threads let files be read in parallel. */
parentPort?.on('message', async (job: { id: number; bytes: Uint8Array; name: string }) => {
  try {
    const outcome = await readDocumentBytes(Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength), job.name);
    parentPort!.postMessage({ id: job.id, outcome });
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: (error as Error).message ?? String(error) });
  }
});
