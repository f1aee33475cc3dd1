// Provider formats that need more than a fixture line: pairs across lines (Twilio), tokens
// with an embedded JWT (GitHub's stateless installation tokens), keys with a structural check
// (Azure account keys) and formats another provider's prefix overlaps (Stripe vs Paystack).
// Token-shaped values are built at run time so that this file holds none.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createScanner } from '../../../src/core/scan/engine';
import { builtinRules } from '../../../src/core/scan/rules/index';
import type { Finding } from '../../../src/core/scan/types';

const scanner = createScanner(builtinRules);
const scan = (text: string, file = 'app.py') => scanner.scanText(text, file);
const ids = (findings: Finding[]) => findings.map((f) => `${f.line}:${f.ruleId}:${f.severity}`);
/** Deterministic pseudo-random text from an alphabet (hash chain), so that runs are reproducible. */
function random(alphabet: string, length: number, seed: string): string {
  let out = '';
  for (let i = 0; out.length < length; i++) {
    for (const byte of createHash('sha256').update(`${seed}:${i}`).digest()) out += alphabet[byte % alphabet.length];
  }
  return out.slice(0, length);
}
const HEX = '0123456789abcdef';
const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const b64url = (json: object) => Buffer.from(JSON.stringify(json)).toString('base64url');

describe('provider shapes: Twilio SID and secret pairs', () => {
  const sid = 'AC' + random(HEX, 32, 'sid');
  const token = random(HEX, 32, 'token');
  const keySid = 'SK' + random(HEX, 32, 'key');
  const keySecret = random(B62, 32, 'secret');

  it('reports the auth token passed next to its Account SID', () => {
    const text = `from twilio.rest import Client\n\nclient = Client("${sid}", "${token}")\n`;
    assert.deepEqual(ids(scan(text)), ['3:twilio-account-auth-token:error']);
  });

  it('reports the auth token assigned on the line after the SID', () => {
    const text = `import twilio from 'twilio';\nconst accountSid = '${sid}';\nconst authToken = '${token}';\n`;
    const findings = scan(text, 'send.js').filter((f) => f.provider === 'twilio');
    assert.deepEqual(ids(findings), ['3:twilio-account-auth-token:error']);
  });

  it('reports an API key secret next to its SID, besides the SID itself', () => {
    const text = `from twilio.rest import Client\nclient = Client("${keySid}", "${keySecret}", "${sid}")\n`;
    assert.deepEqual(ids(scan(text)), ['2:twilio-api-key:error', '2:twilio-api-key-secret:error']);
  });

  it('leaves the pair alone when nothing in the file mentions Twilio', () => {
    assert.deepEqual(ids(scan(`client = Client("${sid}", "${token}")\n`)), []);
  });

  it('leaves a SID followed by an identifier alone', () => {
    assert.deepEqual(ids(scan(`import twilio\nclient = twilio.Client("${sid}", auth_token)\n`)), []);
  });
});

describe('provider shapes: GitHub stateless installation tokens', () => {
  const header = b64url({ alg: 'RS256', typ: 'JWT' });
  const payload = b64url({ iss: 'github', app: 4_200_000, installation: 51_000_000, exp: 1_790_000_000 });
  const signature = random(B62 + '-_', 342, 'signature');

  it('reports ghs_<app id>_<JWT> as one token with a valid JOSE header', () => {
    const token = `ghs_4200000_${header}.${payload}.${signature}`;
    const findings = scan(`GITHUB_TOKEN=${token}\n`, '.env');
    assert.deepEqual(ids(findings), ['1:github-ghs-jwt-token:error']);
    assert.equal(findings[0].confidence, 'high');
    assert.equal(findings[0].endColumn - findings[0].column, token.length);
  });

  it('demotes one whose first part is not a JOSE header', () => {
    const notJose = b64url({ kind: 'none' });
    const findings = scan(`GITHUB_TOKEN=ghs_4200000_${notJose}.${payload}.${signature}\n`, '.env');
    assert.deepEqual(ids(findings), ['1:github-ghs-jwt-token:info']);
  });
});

describe('provider shapes: Azure account keys', () => {
  const canonical = Buffer.from(random(HEX, 128, 'account-key'), 'hex').toString('base64');

  it('rates a key that decodes to 64 bytes as checked', () => {
    const [finding] = scan(`AZURE_STORAGE_ACCOUNT_KEY=${canonical}\n`, '.env');
    assert.equal(finding.ruleId, 'azure-storage-account-key');
    assert.match(finding.reason, /checksum valid/);
  });

  it('demotes an 88-character value whose last character cannot end 64 bytes', () => {
    const cut = `${canonical.slice(0, 85)}7==`;
    assert.deepEqual(ids(scan(`AZURE_STORAGE_ACCOUNT_KEY=${cut}\n`, '.env')), ['1:azure-storage-account-key:info']);
  });

  it('finds an identifiable key (+ASt signature) with no name or connection string around it', () => {
    const identifiable = `${canonical.slice(0, 76)}+ASt${canonical.slice(80)}`;
    const findings = scan(`keys = ["${identifiable}"]\n`, 'rotate.py');
    assert.deepEqual(ids(findings), ['1:azure-storage-identifiable-key:error']);
    assert.equal(findings[0].confidence, 'high');
  });

  it('finds the key after --account-key and in StorageSharedKeyCredential', () => {
    const text = [
      `az storage blob list --account-name backups --account-key ${canonical}`,
      `const credential = new StorageSharedKeyCredential('backups', '${canonical}');`,
    ].join('\n');
    assert.deepEqual(ids(scan(text, 'deploy.sh')), [
      '1:azure-storage-account-key-argument:error',
      '2:azure-storage-account-key-argument:error',
    ]);
  });
});

describe('provider shapes: JWTs wrapped in base64', () => {
  it('demotes base64 that starts like a JWT but does not decode to one', () => {
    const notJwt = Buffer.from(`eyJ${random(B62, 120, 'not-jwt')}`).toString('base64');
    const findings = scan(`payload: ${notJwt}\n`, 'message.yaml');
    assert.deepEqual(ids(findings), ['1:jwt-base64:info']);
  });
});
