// The baseline of a cold audit: bare pdf-parse 2.4.5 extracting every page of the same PDFs, in as many
// worker threads as the audit uses, with nothing else (no cache, no recognition, no report).
// Usage: node baseline.mjs <list-file> <threads>; prints {"files":n,"pages":n,"failed":n}.
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

const [listFile, threadsArg] = process.argv.slice(2);
const files = readFileSync(listFile, 'utf8').split('\n').filter(Boolean);
const threads = Number(threadsArg ?? 2);

const source = `
const { parentPort } = require('node:worker_threads');
const { readFile } = require('node:fs/promises');
const { pathToFileURL } = require('node:url');
parentPort.on('message', async (file) => {
  const { PDFParse } = await import(${JSON.stringify(import.meta.resolve('pdf-parse'))});
  let pages = 0, failed = 0;
  try {
    const parser = new PDFParse({ data: new Uint8Array(await readFile(file)) });
    const result = await parser.getText();
    pages = result.total;
    await parser.destroy();
  } catch { failed = 1; }
  parentPort.postMessage({ pages, failed });
});`;

let next = 0;
let pages = 0;
let failed = 0;
await Promise.all(
  Array.from({ length: threads }, () => {
    const worker = new Worker(source, { eval: true });
    return new Promise((resolve) => {
      const feed = () => (next < files.length ? worker.postMessage(files[next++]) : worker.terminate().then(resolve));
      worker.on('message', (r) => {
        pages += r.pages;
        failed += r.failed;
        feed();
      });
      feed();
    });
  }),
);
console.log(JSON.stringify({ files: files.length, pages, failed }));
