// A hostile .keyward/config.json (from a pull request, say) can neither hang a scan with a
// catastrophic regex nor switch the scan off quietly.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../../src/cli/main';
import { KeywardError } from '../../../src/core/errors';
import { adversarialInputs } from '../../../src/core/scan/adversarial';
import { parseScanConfig } from '../../../src/core/scan/config';
import { createScanner } from '../../../src/core/scan/engine';
import { rulesFor } from '../../../src/core/scan/extraRules';
import { findBacktrackingInput } from '../../../src/core/scan/regexBudget';
import { builtinRules } from '../../../src/core/scan/rules/index';
import { captureIO } from '../../fixtures/cli-scan/io';

const rule = (regex: string, keywords = ['token']) => ({
  id: 'custom-token',
  description: 'Custom token',
  regex,
  keywords,
});
const config = (fields: object) => JSON.stringify(fields);
const refused = (pattern: RegExp) => (e: unknown) =>
  e instanceof KeywardError && e.code === 'config-invalid' && pattern.test(e.message);

describe('hostile scan configuration', function () {
  this.timeout(60_000);

  it("rejects the issue's (a|aa)+$ at load, within seconds", () => {
    const started = Date.now();
    assert.throws(
      () => parseScanConfig(config({ extraRules: [rule('(a|aa)+$')] })),
      refused(/extraRules\[0\]\.regex: backtracks catastrophically/),
    );
    assert.ok(Date.now() - started < 5_000);
  });

  it('rejects nested and overlapping repetition on the same adversarial inputs the ReDoS test uses', () => {
    for (const bad of ['(a+)+b', '(?:\\w+)*!', '(a|a)*y', '([a-z]+)*=', '(\\w+)+$']) {
      assert.notEqual(findBacktrackingInput(new RegExp(bad), ['token']), undefined, bad);
    }
  });

  it('accepts every built-in rule pattern: the probe does not cry wolf', () => {
    for (const r of builtinRules.slice(0, 60)) {
      assert.equal(findBacktrackingInput(r.pattern, r.keywords), undefined, r.id);
    }
    assert.doesNotThrow(() => parseScanConfig(config({ extraRules: [rule('token_[A-Za-z0-9]{32}')] })));
  });

  it('the adversarial inputs include the issue’s 60 a’s and a ! (shrunk from the 1 MB the ReDoS test uses)', () => {
    assert.ok(adversarialInputs(['token'], 61).includes(`${'a'.repeat(60)}!`));
  });

  it('stops a scan whose workspace rule blows up on a file the load-time probe could not foresee, naming both', () => {
    // No probe has "token:" followed by digits; a file supplies them.
    const parsed = parseScanConfig(config({ extraRules: [rule('token:(\\d+\\d+)+$')] }));
    const scanner = createScanner(rulesFor(parsed));
    const started = Date.now();
    assert.throws(
      () => scanner.scanText(`token:${'1'.repeat(40)}!`, 'src/evil.txt'),
      refused(/The rule custom-token from \.keyward\/config\.json took over 2000 ms on src\/evil\.txt/),
    );
    assert.ok(Date.now() - started < 10_000, 'stopped by the budget, not by luck');
    assert.equal(scanner.scanText('token:20240601', 'ok.txt').length, 1, 'benign input still matches');
  });

  it('refuses a config that excludes every file, skips every file or disables every rule', () => {
    assert.throws(
      () => parseScanConfig(config({ exclude: ['src/**', '**'] })),
      refused(/exclude\[1\]: excludes every file/),
    );
    assert.throws(() => parseScanConfig(config({ maxFileBytes: 1 })), refused(/maxFileBytes: must be at least 1024/));
    const off = parseScanConfig(config({ disabledRules: builtinRules.map((r) => r.id) }));
    assert.throws(() => rulesFor(off), refused(/disabledRules: turns off every built-in rule/));
  });

  it('says so on the command line with exit 2 rather than reporting a clean scan', async () => {
    const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'keyward-hostile-')));
    try {
      mkdirSync(path.join(dir, '.keyward'));
      writeFileSync(path.join(dir, 'app.js'), 'const a = 1;\n');
      for (const fields of [{ exclude: ['**'] }, { maxFileBytes: 1 }]) {
        writeFileSync(path.join(dir, '.keyward', 'config.json'), config(fields));
        const captured = captureIO(dir);
        assert.equal(await runCli(['scan'], captured.io), 2);
        assert.match(captured.stderr(), /Invalid .*config\.json: /);
        assert.doesNotMatch(captured.stdout(), /No findings/);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('never quotes the config text in a JSON error, only where it broke', () => {
    const secret = `sk_live_${'Zx9'.repeat(8)}`;
    for (const text of [`{"extraRules": ${secret}}`, `{\n  "exclude": [\n    "${secret}",\n  ]\n}`]) {
      assert.throws(
        () => parseScanConfig(text, 'config.json'),
        (e: Error) => /not valid JSON/.test(e.message) && !e.message.includes(secret) && !e.message.includes('sk_live'),
      );
    }
    assert.throws(() => parseScanConfig('{\n  "exclude": [],\n}', 'c.json'), /not valid JSON at line 3, column 1$/);
    assert.throws(
      () => parseScanConfig(config({ extraRules: [rule(`${secret}(`)] })),
      (e: Error) =>
        /does not compile as a JavaScript regex \(Unterminated group\)/.test(e.message) && !e.message.includes(secret),
    );
  });
});
