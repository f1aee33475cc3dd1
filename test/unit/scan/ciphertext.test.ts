// Encrypted secrets are the fix, not a leak (issue 12 item 5): SOPS, dotenvx, ansible-vault,
// sealed-secrets and git-crypt. Each ok fixture must stay silent, and the same file with its
// encryption stripped must be reported, so a fixture cannot pass by holding nothing the rules
// would see. (dotenvx, sealed-secrets and git-crypt values are silenced by judgment/ciphertext.ts;
// SOPS and ansible-vault wrap theirs in shapes no rule matches.)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createScanner } from '../../../src/core/scan/engine';
import { builtinRules } from '../../../src/core/scan/rules/index';
import { FakeSecrets } from '../../fixtures/generic/fake';

const OK = path.join(__dirname, '../../fixtures/generic/ok');
const scanner = createScanner(builtinRules);
const rules = (text: string, file: string) => scanner.scanText(text, file).map((f) => `${f.line}:${f.ruleId}`);

/** Each fixture, and how to turn it into the plaintext it would be without encryption. */
const CASES: [file: string, decrypt: (text: string) => string][] = [
  // SOPS: `ENC[AES256_GCM,data:...,iv:...,tag:...,type:str]` and a `sops:` metadata block.
  ['ciphertext.yaml', (t) => t.replace(/ENC\[AES256_GCM,data:([^,]+),[^\]]+\]/g, '$1').replace(/^sops:[\s\S]*/m, '')],
  // dotenvx: `encrypted:` values next to the public key.
  ['dotenvx.env', (t) => t.replaceAll('encrypted:', '')],
  // ansible-vault: an inline `!vault |` block.
  ['vault.yml', (t) => t.replace(/!vault \|\n\s+\$ANSIBLE_VAULT;[^\n]+\n\s+(\S+)[\s\S]*/, '$1\n')],
  // Bitnami sealed-secrets: only the cluster's controller can open encryptedData.
  ['sealed-secret.yaml', (t) => t.replace('kind: SealedSecret', 'kind: Secret')],
];

describe('ciphertext: encrypted secrets are not leaks', () => {
  for (const [file, decrypt] of CASES) {
    const text = readFileSync(path.join(OK, file), 'utf8');
    it(`${file} is silent`, () => assert.deepEqual(rules(text, file), []));
    it(`${file} without its encryption is reported`, () => assert.notDeepEqual(rules(decrypt(text), file), []));
  }

  it('a git-crypt file (opened in the editor, where binary files are not skipped) is silent', () => {
    const plain = `api_key = "${new FakeSecrets(3).chars(40)}"\n`;
    assert.notDeepEqual(rules(plain, 'secrets.env'), []);
    assert.deepEqual(rules(`\0GITCRYPT\0${plain}`, 'secrets.env'), []);
  });
});
