/**
 * The errors of the side inputs (register, roster), apart from their readers: the CLI and the engine
 * tell them from other errors on every run, while the readers (and SheetJS behind them) are loaded only
 * when a spreadsheet is there to read.
 */

/** A register that cannot be used: unreadable, over the limits, or without a register header. */
export class RegisterError extends Error {
  readonly fileName: string;
  constructor(fileName: string, reason: string) {
    super(`register ${fileName}: ${reason}`);
    this.name = 'RegisterError';
    this.fileName = fileName;
  }
}

/** An officer roster that cannot be used. */
export class RosterError extends Error {
  readonly fileName: string;
  constructor(fileName: string, reason: string) {
    super(`roster ${fileName}: ${reason}`);
    this.name = 'RosterError';
    this.fileName = fileName;
  }
}
