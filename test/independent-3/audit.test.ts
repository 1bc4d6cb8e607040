import { describeTruthAudit } from '../helpers/truth-audit.js';

/**
 * The audit on the hold-out archive (test/independent-3/, written by a second helper who read neither the
 * recognizer nor the first independent archive): every planted defect found, nothing else, no clean case
 * vetoed.
 */
describeTruthAudit('audit of the final hold-out archive', 'test/independent-3');
