// Run from sources (tests, tsx): the reader thread is TypeScript; register tsx's loader in this thread
// and load it. The build runs dist/read/worker.js directly and never loads this file.
import { register } from 'tsx/esm/api';

register();
await import(new URL('./worker.ts', import.meta.url).href);
