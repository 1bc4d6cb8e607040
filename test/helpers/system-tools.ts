import { spawnSync } from 'node:child_process';

/**
 * Some tests drive a real system program: headless Chromium for the HTML report, LibreOffice for the
 * Word notice, tesseract and pdftoppm for OCR. `.ci/run` installs them and sets CASEAUDIT_REQUIRE_TOOLS=1,
 * so in CI a missing program is a failure; on a developer's machine without them the test is skipped and
 * says which program (and which Debian package) it wanted, never passes silently.
 */
export interface SystemTool {
  /** the command to look for, e.g. `chromium` */
  command: string;
  /** arguments that make it print a version and exit 0 */
  versionArgs: string[];
  /** the Debian package that provides it */
  debianPackage: string;
}

export const TOOLS = {
  chromium: { command: 'chromium', versionArgs: ['--version'], debianPackage: 'chromium' },
  soffice: { command: 'soffice', versionArgs: ['--version'], debianPackage: 'libreoffice-writer-nogui' },
  tesseract: { command: 'tesseract', versionArgs: ['--version'], debianPackage: 'tesseract-ocr tesseract-ocr-chi-sim' },
  pdftoppm: { command: 'pdftoppm', versionArgs: ['-v'], debianPackage: 'poppler-utils' },
} satisfies Record<string, SystemTool>;

export function toolAvailable(tool: SystemTool): boolean {
  const r = spawnSync(tool.command, tool.versionArgs, { stdio: 'ignore', timeout: 30_000 });
  return r.error === undefined && r.status === 0;
}

/**
 * Whether tests needing `tools` should run. Throws (failing the test file) when CI requires the tools and
 * one is missing; otherwise returns false and logs why the tests are skipped.
 */
export function requireTools(...tools: SystemTool[]): boolean {
  const missing = tools.filter((t) => !toolAvailable(t));
  if (missing.length === 0) return true;
  const list = missing.map((t) => `${t.command} (Debian: ${t.debianPackage})`).join(', ');
  if (process.env.CASEAUDIT_REQUIRE_TOOLS === '1') {
    throw new Error(`CASEAUDIT_REQUIRE_TOOLS=1 but not installed: ${list}`);
  }
  console.warn(`skipping: not installed: ${list}`);
  return false;
}
