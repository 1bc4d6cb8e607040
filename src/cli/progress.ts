import type { AuditProgress } from '../engine/progress.js';

/**
 * Progress of a long audit on stderr: files read, cases done, rate and time left. Shown by default only
 * when stderr is a terminal (a CI log gets no carriage-return noise); `--progress` forces it (one line
 * every few seconds when stderr is not a terminal), `--no-progress` silences it. stdout is untouched.
 */
export interface ProgressLine {
  update(p: AuditProgress): void;
  done(): void;
}

export function progressLine(write: (text: string) => void, o: { tty: boolean; now?: () => number }): ProgressLine {
  const now = o.now ?? (() => performance.now());
  const start = now();
  // a terminal line is redrawn often; a log gets a line every few seconds
  const every = o.tty ? 200 : 5000;
  let last = -Infinity;
  let shown = false;
  let latest: AuditProgress | undefined;
  const render = (p: AuditProgress) => {
    const seconds = (now() - start) / 1000;
    const rate = seconds > 0 ? p.casesDone / seconds : 0;
    const left = rate > 0 ? (p.cases - p.casesDone) / rate : undefined;
    const eta = left === undefined ? '' : `, about ${formatDuration(left)} left`;
    return `caseaudit: ${p.filesRead}/${p.files} files read, ${p.casesDone}/${p.cases} cases done (${rate.toFixed(1)} cases/s${eta})`;
  };
  return {
    update(p) {
      latest = p;
      const t = now();
      if (t - last < every && p.casesDone < p.cases) return;
      last = t;
      shown = true;
      write(o.tty ? `\r\x1b[2K${render(p)}` : `${render(p)}\n`);
    },
    done() {
      if (!shown || !latest) return;
      // the last state, and the terminal line ended so the report starts on its own line
      if (o.tty) write(`\r\x1b[2K${render(latest)}\n`);
    },
  };
}

export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
}
