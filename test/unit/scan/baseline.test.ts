import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  applyBaseline,
  baselineFrom,
  checkBaselineSalt,
  readBaseline,
  rekeyBaseline,
  writeBaseline,
} from '../../../src/core/scan/baseline';
import { ephemeralSalt } from '../../../src/core/scan/fingerprintSalt';
import { KeywardError } from '../../../src/core/errors';
import { fingerprintOf, makeFinding } from '../../fixtures/cli-scan/findings';

describe('scan baseline', () => {
  const salt = ephemeralSalt();
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'keyward-baseline-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('stores fingerprint, rule, file and line only, sorted and deduplicated', () => {
    const a = makeFinding({ file: 'b.ts', line: 9 });
    const b = makeFinding({ file: 'a.ts', line: 2, ruleId: 'stripe-secret-key' });
    const baseline = baselineFrom([a, b, a], salt);
    assert.equal(baseline.version, 2);
    assert.equal(baseline.salt, salt.id);
    assert.deepEqual(
      baseline.findings.map((e) => e.file),
      ['a.ts', 'b.ts'],
    );
    assert.deepEqual(Object.keys(baseline.findings[0]).sort(), ['file', 'fingerprint', 'line', 'ruleId']);
  });

  it('round-trips through an atomic write that leaves no temp file behind', () => {
    const file = path.join(dir, '.keyward', 'baseline.json');
    const baseline = baselineFrom([makeFinding()], salt);
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
    const baseline = baselineFrom([accepted], salt);
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
    ['a wrong version', JSON.stringify({ version: 3, findings: [] }), /at version/],
    ['format 2 without its salt', JSON.stringify({ version: 2, findings: [] }), /at salt/],
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
  it('reads a format-1 baseline as unkeyed entries and matches them by the unkeyed fingerprint, which no output keeps', () => {
    const file = path.join(dir, 'baseline.json');
    const old = makeFinding({ fingerprint: fingerprintOf('keyed'), unkeyedFingerprint: fingerprintOf('unkeyed') });
    writeFileSync(
      file,
      JSON.stringify({
        version: 1,
        findings: [{ fingerprint: fingerprintOf('unkeyed'), ruleId: 'r', file: 'f', line: 1 }],
      }),
    );
    const baseline = readBaseline(file)!;
    assert.deepEqual(baseline.findings[0].unkeyed, true);
    checkBaselineSalt(baseline, salt, file);
    const fresh = makeFinding({
      fingerprint: fingerprintOf('other'),
      unkeyedFingerprint: fingerprintOf('other unkeyed'),
    });
    const result = applyBaseline([old, fresh], baseline);
    assert.equal(result.suppressed, 1);
    assert.deepEqual(result.findings, [makeFinding({ fingerprint: fingerprintOf('other') })]);
    assert.ok(!('unkeyedFingerprint' in result.findings[0]));
  });

  it('re-keys matched unkeyed entries and drops those nothing matches', () => {
    const baseline = {
      version: 2 as const,
      findings: [
        { fingerprint: fingerprintOf('unkeyed a'), ruleId: 'r', file: 'a.ts', line: 1, unkeyed: true as const },
        { fingerprint: fingerprintOf('unkeyed gone'), ruleId: 'r', file: 'b.ts', line: 1, unkeyed: true as const },
      ],
    };
    const found = makeFinding({
      file: 'a.ts',
      line: 5,
      fingerprint: fingerprintOf('keyed a'),
      unkeyedFingerprint: fingerprintOf('unkeyed a'),
    });
    const { baseline: rekeyed, rekeyed: count, dropped } = rekeyBaseline(baseline, [found], salt);
    assert.deepEqual([count, dropped], [1, 1]);
    assert.deepEqual(rekeyed, {
      version: 2,
      salt: salt.id,
      findings: [{ fingerprint: fingerprintOf('keyed a'), ruleId: found.ruleId, file: 'a.ts', line: 5 }],
    });
  });

  it('refuses a baseline keyed with another salt, saying how to recover', () => {
    const baseline = baselineFrom([makeFinding()], ephemeralSalt());
    assert.throws(
      () => checkBaselineSalt(baseline, salt, 'b.json'),
      /made with fingerprint salt [0-9a-f]{16}, but this repository's salt is/,
    );
  });

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
