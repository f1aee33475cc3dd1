import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { format } from 'node:util';
import { WORKSPACE_NEVER_LOADED } from './markers';
import { launchChromium } from './playwright';

const REPORT_PREFIX = '[keyward-report] ';

export interface SessionOptions {
  base: string;
  /** A folder, or a `.code-workspace` file for a multi-root workspace. */
  open: string;
  extensionPath: string;
  testsPath: string;
  env: Record<string, string>;
  timeoutMs: number;
  /** Where a screenshot goes when the host never reports. */
  screenshotDir: string;
}

export interface SessionOutcome {
  /** What the extension host reports: 0 when mocha passed, 1 otherwise, or 1 after a timeout. */
  code: number;
  /** A test said the workbench never loaded the workspace file (see ./markers.ts). */
  workspaceNeverLoaded: boolean;
  /**
   * mocha's report, line by line. The caller prints it once it knows whether this attempt counts:
   * CI sums the `N failing` lines of every report, and an attempt that is started again must not
   * add to them.
   */
  report: string[];
}

/**
 * Opens the workbench on `open` (a folder or a workspace file) with the extension under development and the tests module, in a
 * fresh browser profile (so SecretStorage starts empty), and returns what the extension host reports.
 */
export async function runHostSession(options: SessionOptions): Promise<SessionOutcome> {
  const profile = mkdtempSync(path.join(tmpdir(), 'keyward-chromium-'));
  const context = await launchChromium(profile);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    let reportExit: (code: number) => void = () => {};
    const exited = new Promise<number>((resolve) => (reportExit = resolve));
    // Both must exist before the workbench loads: it calls them from the extension host's test run.
    await page.exposeFunction('codeAutomationExit', (code: number) => reportExit(code));
    // The workbench's console and the extension host's arrive here mixed: keep mocha's report (its
    // lines carry REPORT_PREFIX) for the caller to print, and the rest for when something goes wrong.
    const chatter: string[] = [];
    let workspaceNeverLoaded = false;
    const report: string[] = [];
    await page.exposeFunction('codeAutomationLog', (_type: string, args: unknown[]) => {
      // mocha's reporter logs printf-style ('%s', '%d'), so format like console.log would.
      const line = format(...(args as [unknown, ...unknown[]])).replace(/\n$/, '');
      if (line.startsWith(REPORT_PREFIX)) {
        report.push(line.slice(REPORT_PREFIX.length));
        if (line.includes(WORKSPACE_NEVER_LOADED)) workspaceNeverLoaded = true;
      } else chatter.push(line);
    });
    const showChatter = (): void => {
      console.error('--- workbench and extension host console, for diagnosis ---');
      for (const line of chatter) console.error(line);
    };

    const remote = (file: string): string => `vscode-remote://${new URL(options.base).host}${file}`;
    const payload = [
      ['extensionDevelopmentPath', remote(options.extensionPath)],
      ['extensionTestsPath', remote(options.testsPath)],
      ['extensionEnvironment', JSON.stringify({ ...options.env, KEYWARD_TEST_REPORT_PREFIX: REPORT_PREFIX })],
    ];
    const target = options.open.endsWith('.code-workspace') ? 'workspace' : 'folder';
    const query = new URLSearchParams({ [target]: options.open, payload: JSON.stringify(payload) });
    await page.goto(`${options.base}/?${query.toString()}`);

    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>(
      (resolve) => (timer = setTimeout(() => resolve('timeout'), options.timeoutMs)),
    );
    const outcome = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    if (outcome !== 0) showChatter();
    if (outcome === 'timeout') {
      mkdirSync(options.screenshotDir, { recursive: true });
      const shot = path.join(options.screenshotDir, `host-timeout-${Date.now()}.png`);
      await page.screenshot({ path: shot }).catch(() => undefined);
      console.error(`The extension host did not report within ${options.timeoutMs / 1000} s (screenshot: ${shot}).`);
      return { code: 1, workspaceNeverLoaded, report };
    }
    return { code: outcome, workspaceNeverLoaded, report };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
