// The pre-commit hook script. It carries a marker line so `hook install` can tell its own
// hook (safe to refresh) from a hook someone else wrote (never overwritten silently).
import { existsSync } from 'node:fs';
import path from 'node:path';

export const HOOK_MARKER = '# keyward-hook: pre-commit secret scan';

/** POSIX sh single-quoting: the path is data, whatever characters it holds. */
function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * How the hook starts Keyward: the CLI bundle that is running now (absolute path), with the
 * node binary running it, falling back to `node` on PATH if that binary moved (e.g. after a
 * node upgrade). Without a bundle (running from source), `npx --no-install keyward`.
 */
export function keywardInvocation(cliScript: string | undefined): string {
  if (cliScript && path.basename(cliScript) === 'cli.js' && existsSync(cliScript)) {
    return `"$NODE" ${shellQuote(path.resolve(cliScript))}`;
  }
  return 'npx --no-install keyward';
}

export function preCommitHook(cliScript: string | undefined, nodeBinary: string): string {
  return [
    '#!/bin/sh',
    HOOK_MARKER,
    '# Installed by `keyward hook install`. Scans the staged content and blocks the commit',
    '# when it holds a secret. To commit anyway, once: git commit --no-verify',
    `NODE=${shellQuote(nodeBinary)}`,
    '[ -x "$NODE" ] || NODE=node',
    `exec ${keywardInvocation(cliScript)} scan --staged`,
    '',
  ].join('\n');
}

export function isKeywardHook(content: string): boolean {
  return content.includes(HOOK_MARKER);
}
