import assert from 'node:assert/strict';
import { publicRemoteUri } from '../../../../src/core/scan/sources/git/repository';

describe('the repository named in SARIF', () => {
  it('drops credentials from a remote URL, whatever its form', () => {
    const token = ['gh', 'p_', 'x'.repeat(36)].join('');
    assert.equal(
      publicRemoteUri(`https://user:${token}@github.com/acme/app.git`, '/r'),
      'https://github.com/acme/app.git',
    );
    assert.equal(publicRemoteUri(`https://${token}@github.com/acme/app.git`, '/r'), 'https://github.com/acme/app.git');
    assert.equal(publicRemoteUri('git@github.com:acme/app.git', '/r'), 'ssh://github.com/acme/app.git');
    assert.equal(
      publicRemoteUri('ssh://git@example.com:2222/acme/app.git', '/r'),
      'ssh://example.com:2222/acme/app.git',
    );
    assert.equal(publicRemoteUri('../upstream', '/work/app'), 'file:///work/upstream/');
  });
});
