import { describeTruthAudit } from '../helpers/truth-audit.js';

/**
 * The audit on the independent archive (test/independent/, written without sight of the recognizer):
 * every planted defect is found, nothing else is reported, and no clean case is vetoed. A false veto on a
 * sound case is the worst thing this tool can do; what it could not read is a needs-review item instead.
 */
describeTruthAudit('audit of the independent archive', 'test/independent');
