#!/usr/bin/env node
import { internalError, main, processIO } from '../dist/bundle/caseaudit.js';

// A crash of the tool itself is exit 2 ("internal error"), never 1 (which means "findings"): a stray
// rejection is reported and the run finishes what it can; an uncaught exception ends it at once.
let crashed = false;
process.on('unhandledRejection', (error) => {
  crashed = true;
  process.stderr.write(internalError(error));
});
process.on('uncaughtException', (error) => {
  process.stderr.write(internalError(error));
  process.exit(2);
});

const code = await main(process.argv.slice(2), processIO());
process.exitCode = crashed ? 2 : code;
