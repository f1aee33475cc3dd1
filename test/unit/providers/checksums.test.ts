import assert from 'node:assert/strict';
import { base62, crc32, crc32Fallback, hasValidCrc32Suffix } from '../../../src/core/providers/checksums';
import { chars, checksummed } from './samples';

describe('checksums', () => {
  it('computes the standard CRC-32 check value', () => {
    assert.equal(crc32('123456789'), 0xcbf43926);
    assert.equal(crc32(''), 0);
  });

  it('has a table fallback that agrees with zlib on many inputs', () => {
    for (let n = 0; n < 200; n++) {
      const text = chars(n, undefined, n + 11);
      assert.equal(crc32Fallback(text), crc32(text), text);
    }
  });

  it('encodes base62 with 0-9A-Za-z digits, zero-padded', () => {
    assert.equal(base62(0, 6), '000000');
    assert.equal(base62(61, 1), 'z');
    assert.equal(base62(62, 6), '000010');
    assert.equal(base62(0xffffffff, 6), '4gfFC3');
  });

  it('accepts a token carrying the CRC32 of its random part and rejects any change', () => {
    const token = checksummed('gh' + 'p', 42);
    assert.ok(hasValidCrc32Suffix(token));
    assert.ok(!hasValidCrc32Suffix(token.slice(0, 10) + (token[10] === 'a' ? 'b' : 'a') + token.slice(11)));
    assert.ok(!hasValidCrc32Suffix('nounderscore'));
    assert.ok(!hasValidCrc32Suffix('ghp_short'));
  });
});
