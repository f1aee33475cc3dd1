// The pre-commit hook under VS Code's Source Control: with `keyward.scm.scanBeforeCommit` on,
// the extension host's environment names its commit-check session, and the user decides in VS
// Code (the findings shown there, "Commit Anyway" audited) instead of reaching for --no-verify.
import { ownClaim } from '../../core/agent/caller';
import { askToCommit } from '../../core/agent/client';
import { COMMIT_AGENT_ENV, COMMIT_TOKEN_ENV } from '../../core/agent/env';
import { isKeywardError } from '../../core/errors';
import type { Finding } from '../../core/scan/types';
import type { CliIO } from '../io';

/** True when VS Code answered "Commit Anyway"; false without VS Code, on "no", or on any failure (fail closed). */
export async function commitAnyway(findings: readonly Finding[], repository: string, io: CliIO): Promise<boolean> {
  const address = io.env[COMMIT_AGENT_ENV];
  const token = io.env[COMMIT_TOKEN_ENV];
  if (!address || !token) return false;
  io.stderr.write('keyward: the staged changes hold secrets; asking VS Code whether to commit anyway…\n');
  try {
    const decision = await askToCommit(
      { address, token },
      { caller: ownClaim(io.cwd), repository, findings: [...findings] },
    );
    io.stderr.write(
      decision === 'commit'
        ? 'keyward: committing anyway, as chosen in VS Code (recorded in the audit log).\n'
        : 'keyward: commit stopped; the findings are in VS Code’s Keyward Findings view.\n',
    );
    return decision === 'commit';
  } catch (error) {
    if (!isKeywardError(error)) throw error;
    io.stderr.write(`keyward: ${error.message} The commit is stopped.\n`);
    return false;
  }
}
