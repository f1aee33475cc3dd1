/**
 * playwright-core comes from the host cache (test/host/setup.sh installs it next to code-server), not
 * from the project's dependencies, so only the few calls the harness makes are typed here.
 */
export interface Page {
  exposeFunction(name: string, callback: (...args: never[]) => unknown): Promise<void>;
  goto(url: string): Promise<unknown>;
  screenshot(options: { path: string }): Promise<unknown>;
}

export interface BrowserContext {
  pages(): Page[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

interface PlaywrightCore {
  chromium: {
    launchPersistentContext(profileDir: string, options: Record<string, unknown>): Promise<BrowserContext>;
  };
}

/** Debian's chromium, headless, in `profileDir` (Playwright refuses a --user-data-dir argument). */
export function launchChromium(profileDir: string): Promise<BrowserContext> {
  const modulePath = process.env.KEYWARD_PLAYWRIGHT;
  if (!modulePath)
    throw new Error('KEYWARD_PLAYWRIGHT is not set: run through test/host/run.sh (it sources test/host/env.sh).');
  // A CommonJS package at a path known only at run time, outside the project's dependencies.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
  const { chromium } = require(modulePath) as PlaywrightCore;
  return chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.KEYWARD_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
