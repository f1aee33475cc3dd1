import assert from 'node:assert/strict';
import { isKeywardError } from '../../../src/core/errors';
import { parseAddToBaselineArgs, parseMoveToVaultArgs } from '../../../src/extension/scan/commandArgs';

// These modules import no vscode: the quick fixes' argument checks run on plain Node.
describe('quick-fix command arguments', () => {
  const move = { uri: 'file:///w/a.ts', range: [3, 10, 3, 50], provider: 'github' };
  const accept = { uri: 'file:///w/a.ts', fingerprint: 'f'.repeat(64), ruleId: 'github-pat', line: 4 };

  it('passes on what the code actions build', () => {
    assert.deepEqual(parseMoveToVaultArgs(move), move);
    assert.deepEqual(parseAddToBaselineArgs(accept), accept);
  });

  it('refuses anything else with a Keyward error that names the command, not the arguments', () => {
    const planted = 'planted-value-that-must-not-be-echoed';
    for (const [parse, args, command] of [
      [parseMoveToVaultArgs, { ...move, range: [3, 10] }, 'keyward.moveToVault'],
      [parseMoveToVaultArgs, planted, 'keyward.moveToVault'],
      [parseMoveToVaultArgs, undefined, 'keyward.moveToVault'],
      [parseAddToBaselineArgs, { ...accept, line: planted }, 'keyward.addToBaseline'],
    ] as const) {
      assert.throws(
        () => parse(args),
        (e) => isKeywardError(e) && e.message.includes(command) && !e.message.includes(planted),
      );
    }
  });
});
