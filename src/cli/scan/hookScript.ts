// The pre-commit hook script. It carries a marker line so `hook install` can tell its own
// hook (safe to refresh) from a hook someone else wrote (never overwritten silently).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { shellQuote } from '../../core/shellQuote';

export const HOOK_MARKER = '# keyward-hook: pre-commit secret scan';

/**
 * Lines that start `keyward scan --staged`: the CLI bundle running now (absolute path) with
 * the node binary running it, or `node` on PATH if that binary has moved (a node upgrade).
 * Without a bundle (running from source), `npx --no-install keyward`.
 */
function launchLines(cliScript: string | undefined, nodeBinary: string): string[] {
  if (cliScript && path.basename(cliScript) === 'cli.js' && existsSync(cliScript)) {
    return [
      `NODE=${shellQuote(nodeBinary)}`,
      '[ -x "$NODE" ] || NODE=node',
      `exec "$NODE" ${shellQuote(path.resolve(cliScript))} scan --staged`,
    ];
  }
  return ['exec npx --no-install keyward scan --staged'];
}

export function preCommitHook(cliScript: string | undefined, nodeBinary: string): string {
  return [
    '#!/bin/sh',
    HOOK_MARKER,
    '# Installed by `keyward hook install`. Scans the staged content and blocks the commit',
    '# when it holds a secret. To commit anyway, once: git commit --no-verify',
    ...launchLines(cliScript, nodeBinary),
    '',
  ].join('\n');
}

export function isKeywardHook(content: string): boolean {
  return content.includes(HOOK_MARKER);
}
