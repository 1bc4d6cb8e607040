// What bin/caseaudit.js runs, as one module: the build bundles it (scripts/bundle.mjs), so main and the
// error handling share one copy of the CLI's classes.
export { main } from './main.js';
export { internalError, processIO } from './io.js';
