/** Shared by the integration suites that run inside the extension host. */
export const KEYWARD_ID = 'keyward.keyward';

/** Polls `condition` until it holds, failing with `message` after `timeoutMs`. */
export async function waitUntil(condition: () => boolean, timeoutMs: number, message: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`${message} within ${timeoutMs / 1000} s.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
