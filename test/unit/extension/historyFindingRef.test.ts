import assert from 'node:assert/strict';
import { isKeywardError } from '../../../src/core/errors';
import { parseHistoryFindingRef } from '../../../src/extension/history/findingRef';

// Which history finding Open File at Commit and Respond to Compromised Key… act on: from a code
// action's plain argument or the Findings view's node, and nothing else (no vscode import here).
describe('history finding command arguments', () => {
  const sha = 'a'.repeat(40);
  const ref = { root: '/w/repo', sha, file: 'src/config.js', line: 2, column: 23 };

  it('takes what the tree item and the code action pass, and the context menu node', () => {
    assert.deepEqual(parseHistoryFindingRef(ref, 'keyward.openHistoryFinding'), ref);
    const node = {
      kind: 'historyFinding',
      root: ref.root,
      sha,
      finding: { file: ref.file, line: 2, column: 23, endLine: 2, endColumn: 63, masked: 'ghp_....abcd' },
    };
    assert.deepEqual(parseHistoryFindingRef(node, 'keyward.respondToLeak'), ref);
  });

  it('refuses anything else, naming the command and never echoing the argument', () => {
    const planted = 'planted-value-that-must-not-be-echoed';
    for (const args of [
      undefined,
      planted,
      { ...ref, sha: 'HEAD' },
      { ...ref, sha: `${sha}; rm -rf /` },
      { ...ref, line: planted },
      { kind: 'historyFinding', root: ref.root, sha, finding: { file: planted } },
    ]) {
      assert.throws(
        () => parseHistoryFindingRef(args, 'keyward.respondToLeak'),
        (e) => isKeywardError(e) && e.message.includes('keyward.respondToLeak') && !e.message.includes(planted),
      );
    }
  });
});
