import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { open, seal } from '../../../src/core/crypto/envelope';
import { type KeywardError } from '../../../src/core/errors';

describe('crypto envelope', () => {
  const key = randomBytes(32);

  it('stores [IV]:[AuthTag]:[EncryptedData] in hex with a 12-byte IV and 16-byte tag', () => {
    const [iv, tag, data] = seal(key, 'hello world', 'rec-1').split(':');
    assert.match(iv, /^[0-9a-f]{24}$/);
    assert.match(tag, /^[0-9a-f]{32}$/);
    assert.equal(data.length, 'hello world'.length * 2);
  });

  it('round-trips and uses a fresh IV every time', () => {
    const a = seal(key, 'same value', 'rec-1');
    const b = seal(key, 'same value', 'rec-1');
    assert.notEqual(a.split(':')[0], b.split(':')[0]);
    assert.equal(open(key, a, 'rec-1', 'k'), 'same value');
    assert.equal(open(key, b, 'rec-1', 'k'), 'same value');
  });

  it('refuses a ciphertext moved to another record (associated data)', () => {
    const sealed = seal(key, 'value', 'rec-1');
    assert.throws(
      () => open(key, sealed, 'rec-2', 'Key B'),
      (e: KeywardError) => e.code === 'decrypt-failed' && /Key B/.test(e.message),
    );
  });

  it('refuses a flipped byte in data, tag or IV, and a wrong key', () => {
    const sealed = seal(key, 'value-to-protect', 'rec');
    for (const index of [0, 30, sealed.length - 1]) {
      const flipped = sealed.slice(0, index) + (sealed[index] === '0' ? '1' : '0') + sealed.slice(index + 1);
      assert.throws(() => open(key, flipped, 'rec', 'k'), /decryption failed/);
    }
    assert.throws(() => open(randomBytes(32), sealed, 'rec', 'k'), /decryption failed/);
  });

  it('refuses malformed envelopes without echoing them', () => {
    assert.throws(
      () => open(key, 'secret-looking:text', 'rec', 'k'),
      (e: Error) => !e.message.includes('secret-looking'),
    );
  });
});
