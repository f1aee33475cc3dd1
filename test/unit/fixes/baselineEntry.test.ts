import assert from 'node:assert/strict';
import { acceptFinding } from '../../../src/core/fixes/baselineEntry';
import { ephemeralSalt } from '../../../src/core/scan/fingerprintSalt';

const salt = ephemeralSalt();

const fp = (c: string) => c.repeat(64);

describe('adding one finding to a baseline', () => {
  it('creates a baseline when there is none', () => {
    assert.deepEqual(acceptFinding(undefined, { fingerprint: fp('a'), ruleId: 'r', file: 'src/a.ts', line: 3 }, salt), {
      version: 2,
      salt: salt.id,
      findings: [{ fingerprint: fp('a'), ruleId: 'r', file: 'src/a.ts', line: 3 }],
    });
  });

  it('keeps existing entries, sorted by file and line, and adds nothing twice', () => {
    const first = acceptFinding(undefined, { fingerprint: fp('b'), ruleId: 'r', file: 'src/b.ts', line: 1 }, salt);
    const second = acceptFinding(first, { fingerprint: fp('a'), ruleId: 'r', file: 'src/a.ts', line: 9 }, salt);
    const again = acceptFinding(second, { fingerprint: fp('a'), ruleId: 'r', file: 'src/a.ts', line: 9 }, salt);
    assert.deepEqual(
      again.findings.map((f) => f.file),
      ['src/a.ts', 'src/b.ts'],
    );
  });
});
