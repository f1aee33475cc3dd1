import assert from 'node:assert/strict';
import { english } from '../../src/core/l10n';

// The extension passes vscode.l10n; without it (CLI, tests) the texts stay English, filled in the
// same way: named placeholders, and an unknown one left as written.
describe('english (the default Localizer)', () => {
  it('fills in named placeholders', () => {
    assert.equal(english.t('{count} findings in {files} files', { count: 3, files: 2 }), '3 findings in 2 files');
  });

  it('leaves a placeholder without a value as it is', () => {
    assert.equal(english.t('{name} ({masked})', { name: 'A' }), 'A ({masked})');
  });
});
