import assert from 'node:assert/strict';
import { generateMasterKey, masterKeyFromEnv, parseMasterKey } from '../../../src/core/crypto/masterKey';
import { deriveVaultKeys, fingerprintValue } from '../../../src/core/crypto/subkeys';

describe('master key', () => {
  it('generates 32 random bytes', () => {
    const a = generateMasterKey();
    assert.equal(a.length, 32);
    assert.notDeepEqual(a, generateMasterKey());
  });

  it('prefers KEYWARD_MASTER_KEY and falls back to ENCRYPTION_KEY', () => {
    const a = generateMasterKey();
    const b = generateMasterKey();
    assert.deepEqual(
      masterKeyFromEnv({ KEYWARD_MASTER_KEY: a.toString('base64'), ENCRYPTION_KEY: b.toString('base64') }),
      a,
    );
    assert.deepEqual(masterKeyFromEnv({ ENCRYPTION_KEY: b.toString('base64') }), b);
  });

  it('names the variable when the key is missing, not base64, or the wrong length', () => {
    assert.throws(() => masterKeyFromEnv({}), /KEYWARD_MASTER_KEY.*ENCRYPTION_KEY.*keyward keygen/);
    assert.throws(
      () => masterKeyFromEnv({ ENCRYPTION_KEY: 'not base64 at all!' }),
      /ENCRYPTION_KEY is not valid base64/,
    );
    assert.throws(
      () => parseMasterKey(Buffer.alloc(16).toString('base64'), 'KEYWARD_MASTER_KEY'),
      /must decode to 32 bytes, got 16/,
    );
  });

  it('derives distinct subkeys per purpose and per vault', () => {
    const master = generateMasterKey();
    const one = deriveVaultKeys(master, 'vault-a');
    const two = deriveVaultKeys(master, 'vault-b');
    assert.notDeepEqual(one.encryption, one.fingerprint);
    assert.notDeepEqual(one.encryption, one.audit);
    assert.notDeepEqual(one.encryption, two.encryption);
    assert.notEqual(one.checkValue, deriveVaultKeys(generateMasterKey(), 'vault-a').checkValue);
    assert.equal(fingerprintValue(one, 'x'), fingerprintValue(deriveVaultKeys(master, 'vault-a'), 'x'));
    assert.notEqual(fingerprintValue(one, 'x'), fingerprintValue(two, 'x'));
  });
});
