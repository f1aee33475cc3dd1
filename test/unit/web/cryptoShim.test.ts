import assert from 'node:assert/strict';
import * as node from 'node:crypto';
import * as shim from '../../../src/web-shims/crypto';

// The browser build's node:crypto: what the scanner asks of it must match Node's to the byte.
describe('the browser build’s node:crypto', () => {
  const texts = ['', 'sk_live_4eC39HqLyjWDarjtT1zdp7dc', 'ü€😀 mixed', 'x'.repeat(1000)];

  it('digests SHA-256 as Node does, in hex, base64 and bytes, over several updates', () => {
    for (const text of texts) {
      assert.equal(
        shim.createHash('sha256').update(text).digest('hex'),
        node.createHash('sha256').update(text).digest('hex'),
      );
      assert.equal(
        shim.createHash('sha256').update(text).digest('base64'),
        node.createHash('sha256').update(text).digest('base64'),
      );
      assert.deepEqual(
        [...shim.createHash('sha256').update(text).update(Buffer.from(text)).digest()],
        [...node.createHash('sha256').update(text).update(text).digest()],
      );
    }
  });

  it('keys HMAC-SHA-256 with a string or bytes as Node does', () => {
    const key = node.randomBytes(32);
    for (const text of texts) {
      assert.equal(
        shim.createHmac('sha256', key).update(text).digest('hex'),
        node.createHmac('sha256', key).update(text).digest('hex'),
      );
      assert.equal(
        shim.createHmac('sha256', 'salt').update(text).digest('hex'),
        node.createHmac('sha256', 'salt').update(text).digest('hex'),
      );
    }
  });

  it('refuses another algorithm by name instead of answering with the wrong one', () => {
    assert.throws(() => shim.createHash('sha1'), /sha1 is not available in the browser build/);
  });

  it('gives random bytes of the size asked', () => {
    const [a, b] = [shim.randomBytes(32), shim.randomBytes(32)];
    assert.equal(a.length, 32);
    assert.notDeepEqual([...a], [...b]);
  });
});
