/** Where the CLI writes and what it knows of its environment: injected so tests run `main` in-process. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
  /** whether stdout is a terminal (decides colour when nothing else does) */
  isTTY: boolean;
  /** whether stderr is a terminal (decides whether progress is shown by default) */
  stderrIsTTY?: boolean;
}

export function processIO(): CliIO {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
  };
}

/** Exit codes (DESIGN.md): 0 passed, 1 ran and failed the thresholds, 2 usage/config/ruleset/input error. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** An error the user can fix (bad option, missing path, broken ruleset): printed plainly, exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The line printed for a crash of the tool itself (exit 2): what failed and where, for a bug report. */
export function internalError(error: unknown): string {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return `caseaudit: internal error: ${detail}\n`;
}
