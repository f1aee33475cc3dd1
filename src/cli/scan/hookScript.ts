// The pre-commit hook script. It carries a marker line so `hook install` can tell its own
// hook (safe to refresh) from a hook someone else wrote (never overwritten silently).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { HOOK_MARKER } from '../../core/gitHook';
import { shellQuote } from '../../core/shellQuote';

export { HOOK_MARKER, isKeywardHook } from '../../core/gitHook';

/**
 * Lines that start `keyward scan --staged`: the CLI bundle running now (absolute path) with the
 * runtime running it, or `node` on PATH if that runtime has moved (a node upgrade). VS Code's
 * runtime is Electron, which runs as Node only with ELECTRON_RUN_AS_NODE. If the bundle itself is
 * gone (the extension that installed the hook was updated), `keyward` on PATH takes over, or the
 * hook says how to reinstall it. Without a bundle (running from source), `npx --no-install keyward`.
 */
function launchLines(cliScript: string | undefined, runtime: string, electron: boolean): string[] {
  if (cliScript && path.basename(cliScript) === 'cli.js' && existsSync(cliScript)) {
    return [
      `NODE=${shellQuote(runtime)}`,
      `CLI=${shellQuote(path.resolve(cliScript))}`,
      '[ -x "$NODE" ] || NODE=node',
      'if [ ! -f "$CLI" ]; then',
      '  command -v keyward >/dev/null 2>&1 && exec keyward scan --staged',
      '  echo "keyward pre-commit hook: $CLI is gone (was Keyward updated or moved?). Reinstall the hook: keyward hook install" >&2',
      '  exit 1',
      'fi',
      `${electron ? 'ELECTRON_RUN_AS_NODE=1 ' : ''}exec "$NODE" "$CLI" scan --staged`,
    ];
  }
  return ['exec npx --no-install keyward scan --staged'];
}

export function preCommitHook(cliScript: string | undefined, runtime: string, electron = false): string {
  return [
    '#!/bin/sh',
    HOOK_MARKER,
    '# Installed by `keyward hook install`. Scans the staged content and blocks the commit',
    '# when it holds a secret. To commit anyway, once: git commit --no-verify (in VS Code with',
    '# keyward.scm.scanBeforeCommit on, Keyward asks there instead).',
    ...launchLines(cliScript, runtime, electron),
    '',
  ].join('\n');
}
