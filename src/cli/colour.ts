import { Chalk, type ChalkInstance } from 'chalk';
import type { CliIO } from './io.js';

/**
 * Decide colour explicitly (chalk alone ignores NO_COLOR): --color/--no-color first, then NO_COLOR, then
 * FORCE_COLOR, then whether stdout is a terminal.
 */
export function makeChalk(flag: boolean | undefined, io: CliIO): ChalkInstance {
  let on: boolean;
  if (flag !== undefined) on = flag;
  else if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') on = false;
  else if (io.env.FORCE_COLOR !== undefined) on = io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false';
  else on = io.isTTY && io.env.TERM !== 'dumb';
  return new Chalk({ level: on ? 1 : 0 });
}
