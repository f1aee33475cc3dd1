import assert from 'node:assert/strict';
import { skipReasonForContent, skipReasonForName } from '../../../src/core/scan/sources/skip';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('skip reasons decided by content', () => {
  it('calls a file with a NUL byte in its first 8 KiB binary', () => {
    const data = bytes('a'.repeat(100));
    data[50] = 0;
    assert.equal(skipReasonForContent('data.txt', data), 'binary');
  });

  it('ignores a NUL byte after the first 8 KiB', () => {
    const data = bytes('a\n'.repeat(5000));
    data[9000] = 0;
    assert.equal(skipReasonForContent('data.txt', data), undefined);
  });

  it('calls a script with a huge average line length minified', () => {
    const bundle = `${'var a=1;'.repeat(2000)}\n${'b();'.repeat(500)}`;
    assert.equal(skipReasonForContent('dist/app.js', bytes(bundle)), 'minified');
    assert.equal(skipReasonForContent('dist/app.css', bytes(bundle)), 'minified');
  });

  it('keeps ordinary scripts and long one-line data files, which may hold real credentials', () => {
    const source = 'const x = 1; // a normal line of code\n'.repeat(300);
    assert.equal(skipReasonForContent('src/app.js', bytes(source)), undefined);
    const oneLineJson = `{"type":"service_account","data":"${'x'.repeat(6000)}"}`;
    assert.equal(skipReasonForContent('creds.json', bytes(oneLineJson)), undefined);
  });

  it('keeps short one-line scripts (below the minified size floor)', () => {
    assert.equal(skipReasonForContent('one.js', bytes('x'.repeat(3000))), undefined);
  });
});

describe('skip reasons decided by name', () => {
  it('matches lock files by base name only, wherever they are', () => {
    assert.equal(skipReasonForName('packages/a/yarn.lock'), 'lock file');
    assert.equal(skipReasonForName('docs/yarn.lock.md'), undefined);
  });

  it('does not skip text files that carry keys', () => {
    for (const name of ['.env', 'id_rsa', 'server.pem', 'config.yml', 'Dockerfile', 'main.tf']) {
      assert.equal(skipReasonForName(name), undefined, name);
    }
  });
});
