import assert from 'node:assert/strict';
import { maskSecret } from '../../src/core/mask';

const shown = (mask: string) => (mask === '********' ? 0 : mask.replace('....', '').length);

describe('maskSecret', () => {
  it('keeps a known provider prefix and the last four characters of a long value', () => {
    const value = `sk_test_${'a1B2'.repeat(10)}1234`;
    assert.equal(maskSecret(value), 'sk_test_....1234');
  });

  it('shows only the tail when the prefix is unknown', () => {
    assert.equal(maskSecret('qwertyuiopasdfghjkl9876'), '....9876');
  });

  it('masks values under 12 characters entirely', () => {
    assert.equal(maskSecret('short-pw-1'), '********');
    assert.equal(maskSecret('sk_test_123'), '********');
  });

  it('never shows more than a quarter of the value, prefix included', () => {
    assert.equal(maskSecret('abcdefgh1234'), '....234', 'a 12-character value shows 3');
    assert.equal(maskSecret('sk_test_abcd1234'), '....1234');
    assert.equal(maskSecret(`sk_test_${'x'.repeat(30)}1234`), '....1234', 'prefix and tail would be 12 of 42');
    for (let length = 1; length <= 200; length++) {
      const value = `sk_live_${'Zq9'.repeat(70)}`.slice(0, length);
      assert.ok(shown(maskSecret(value)) <= length / 4, `${length}: ${maskSecret(value)}`);
    }
  });
});
