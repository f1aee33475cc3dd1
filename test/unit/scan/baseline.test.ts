import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { applyBaseline, baselineFrom, readBaseline, writeBaseline } from '../../../src/core/scan/baseline';
import { KeywardError } from '../../../src/core/errors';
import { fingerprintOf, makeFinding } from '../../fixtures/cli-scan/findings';

describe('scan baseline', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'keyward-baseline-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('stores fingerprint, rule, file and line only, sorted and deduplicated', () => {
    const a = makeFinding({ file: 'b.ts', line: 9 });
    const b = makeFinding({ file: 'a.ts', line: 2, ruleId: 'stripe-secret-key' });
    const baseline = baselineFrom([a, b, a]);
    assert.equal(baseline.version, 1);
    assert.deepEqual(
      baseline.findings.map((e) => e.file),
      ['a.ts', 'b.ts'],
    );
    assert.deepEqual(Object.keys(baseline.findings[0]).sort(), ['file', 'fingerprint', 'line', 'ruleId']);
  });

  it('round-trips through an atomic write that leaves no temp file behind', () => {
    const file = path.join(dir, '.keyward', 'baseline.json');
    const baseline = baselineFrom([makeFinding()]);
    writeBaseline(file, baseline);
    assert.deepEqual(readBaseline(file), baseline);
    assert.deepEqual(readdirSync(path.dirname(file)), ['baseline.json']);
    assert.ok(readFileSync(file, 'utf8').endsWith('\n'));
  });

  it('returns undefined for a missing file', () => {
    assert.equal(readBaseline(path.join(dir, 'nope.json')), undefined);
  });

  it('suppresses exactly the accepted fingerprints, so a new secret on an old line is reported', () => {
    const accepted = makeFinding({ line: 3, fingerprint: fingerprintOf('old secret') });
    const baseline = baselineFrom([accepted]);
    const moved = { ...accepted, line: 40 };
    const newOnSameLine = makeFinding({ line: 3, fingerprint: fingerprintOf('new secret') });
    const result = applyBaseline([moved, newOnSameLine], baseline);
    assert.equal(result.suppressed, 1);
    assert.deepEqual(result.findings, [newOnSameLine]);
  });

  it('keeps every finding when there is no baseline', () => {
    const findings = [makeFinding()];
    assert.deepEqual(applyBaseline(findings, undefined), { findings, suppressed: 0 });
  });

  const invalid: [string, string, RegExp][] = [
    ['not JSON', '{ nope', /not valid JSON/],
    ['a wrong version', JSON.stringify({ version: 2, findings: [] }), /at version/],
    [
      'a bad fingerprint',
      JSON.stringify({ version: 1, findings: [{ fingerprint: 'abc', ruleId: 'r', file: 'f', line: 1 }] }),
      /at findings\.0\.fingerprint/,
    ],
    [
      'an extra field such as a secret',
      JSON.stringify({
        version: 1,
        findings: [{ fingerprint: fingerprintOf('x'), ruleId: 'r', file: 'f', line: 1, secret: 'v' }],
      }),
      /at findings\.0/,
    ],
  ];
  for (const [what, content, message] of invalid) {
    it(`rejects ${what} with a clear error`, () => {
      const file = path.join(dir, 'baseline.json');
      writeFileSync(file, content);
      assert.throws(
        () => readBaseline(file),
        (e: unknown) => e instanceof KeywardError && message.test(e.message) && e.message.includes(file),
      );
    });
  }
});
