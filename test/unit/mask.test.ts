import assert from 'node:assert/strict';
import { maskSecret } from '../../src/core/mask';

describe('maskSecret', () => {
  it('keeps a known provider prefix and the last four characters', () => {
    const value = `sk_test_${'a1B2'.repeat(6)}1234`;
    assert.equal(maskSecret(value), 'sk_test_....1234');
  });

  it('shows only the tail when the prefix is unknown', () => {
    assert.equal(maskSecret('qwertyuiopasdfghjkl9876'), '....9876');
  });

  it('masks values under 12 characters entirely', () => {
    assert.equal(maskSecret('short-pw-1'), '********');
    assert.equal(maskSecret('sk_test_123'), '********');
  });

  it('drops the prefix when prefix and tail would reveal half the value', () => {
    assert.equal(maskSecret('sk_test_abcd1234'), '....1234');
  });
});
