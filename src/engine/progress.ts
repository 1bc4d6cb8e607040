/** How far an audit has got: reported to the CLI's progress line, never printed below src/cli/. */
export interface AuditProgress {
  files: number;
  filesRead: number;
  cases: number;
  casesDone: number;
}
