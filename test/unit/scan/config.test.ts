import assert from 'node:assert/strict';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { loadScanConfig, parseScanConfig, type ScanConfig } from '../../../src/core/scan/config';
import { createScanner } from '../../../src/core/scan/engine';
import { isKeywardError } from '../../../src/core/errors';
import { rulesFor } from '../../../src/core/scan/extraRules';
import { builtinRules } from '../../../src/core/scan/rules/index';
import { makeTree } from './workspace-tree';

const ACME_RULE = {
  id: 'acme-internal-token',
  description: 'ACME internal service token',
  regex: 'acme_tok_([a-z0-9]{24})',
  keywords: ['ACME_TOK_'],
  secretGroup: 1,
};

/** The config error for `json`, as the message a user would read. */
function errorFor(json: unknown): string {
  try {
    parseScanConfig(typeof json === 'string' ? json : JSON.stringify(json), '/ws/.keyward/config.json');
  } catch (e) {
    assert.equal((e as { code?: string }).code, 'config-invalid');
    return (e as Error).message;
  }
  assert.fail('expected the config to be rejected');
}

describe('loadScanConfig', () => {
  it('returns the defaults when the workspace has no config file', () => {
    const tree = makeTree({ 'a.txt': 'x' });
    try {
      const config = loadScanConfig(tree.root);
      assert.deepEqual(config, {
        extraRules: [],
        disabledRules: [],
        exclude: [],
        gitignore: true,
        maxFileBytes: 1024 * 1024,
      });
    } finally {
      tree.dispose();
    }
  });

  it('reads .keyward/config.json and fills in what it leaves out', () => {
    const tree = makeTree({
      '.keyward/config.json': JSON.stringify({ exclude: ['test/fixtures/**'], gitignore: false }),
    });
    try {
      const config = loadScanConfig(tree.root);
      assert.deepEqual(config.exclude, ['test/fixtures/**']);
      assert.equal(config.gitignore, false);
      assert.equal(config.maxFileBytes, 1024 * 1024);
    } finally {
      tree.dispose();
    }
  });

  it('names the file when its JSON is malformed', () => {
    const tree = makeTree({ '.keyward/config.json': '{ "exclude": [' });
    try {
      assert.throws(
        () => loadScanConfig(tree.root),
        (e: Error & { code?: string }) => {
          assert.equal(e.code, 'config-invalid');
          assert.match(e.message, /\.keyward[/\\]config\.json/);
          assert.match(e.message, /not valid JSON/);
          return true;
        },
      );
    } finally {
      tree.dispose();
    }
  });
});

describe("this repository's own config", () => {
  it('is valid and keeps the fake-secret fixtures out of scans', () => {
    const config = loadScanConfig(path.resolve(__dirname, '../../..'));
    assert.ok(config.exclude.includes('test/fixtures/**'));
    assert.equal(config.gitignore, true);
  });
});

describe('config validation names the offending field', () => {
  it('a field of the wrong type', () => {
    assert.match(errorFor({ exclude: 'test/**' }), /^Invalid \/ws\/\.keyward\/config\.json: exclude: /);
    assert.match(errorFor({ maxFileBytes: -1 }), /maxFileBytes: /);
    assert.match(errorFor({ gitignore: 'yes' }), /gitignore: /);
  });

  it('a field inside an extra rule, with its index', () => {
    assert.match(
      errorFor({ extraRules: [ACME_RULE, { ...ACME_RULE, id: 'second', regex: undefined }] }),
      /extraRules\[1\]\.regex: /,
    );
    assert.match(
      errorFor({ extraRules: [{ ...ACME_RULE, keywords: [] }] }),
      /extraRules\[0\]\.keywords: needs at least one keyword/,
    );
    assert.match(
      errorFor({ extraRules: [{ ...ACME_RULE, id: 'Has Spaces' }] }),
      /extraRules\[0\]\.id: must be kebab-case/,
    );
  });

  it('an unknown field, so that a typo is not silently ignored', () => {
    assert.match(errorFor({ disableRules: ['x'] }), /disableRules: unknown field/);
    assert.match(errorFor({ extraRules: [{ ...ACME_RULE, pattern: 'x' }] }), /extraRules\[0\]\.pattern: unknown field/);
  });

  it('an extra rule whose regex does not compile', () => {
    assert.match(
      errorFor({ extraRules: [{ ...ACME_RULE, regex: 'acme_(unclosed' }] }),
      /extraRules\[0\]\.regex: does not compile/,
    );
  });

  it('a secret group the regex does not have', () => {
    assert.match(
      errorFor({ extraRules: [{ ...ACME_RULE, secretGroup: 2 }] }),
      /extraRules\[0\]\.secretGroup: is 2 but the regex has 1 group/,
    );
  });

  it('an extra rule id that another extra rule already has', () => {
    assert.match(
      errorFor({ extraRules: [ACME_RULE, ACME_RULE] }),
      /extraRules\[1\]\.id: "acme-internal-token" is already/,
    );
  });

  it('without loading the built-in rules', () => {
    // A fresh process: this one has loaded the rules for other tests.
    const probe = `require(${JSON.stringify(require.resolve('../../../src/core/scan/config'))}).defaultScanConfig();
      const loaded = Object.keys(require.cache).filter((file) => file.includes('/scan/rules/'));
      process.stdout.write(JSON.stringify(loaded));`;
    const run = spawnSync(process.execPath, ['--require', 'tsx/cjs', '-e', probe], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), []);
  });

  it('a top-level value that is not an object', () => {
    assert.match(errorFor('[]'), /\(root\): /);
  });
});

describe('rulesFor', () => {
  const config = (overrides: object): ScanConfig => parseScanConfig(JSON.stringify(overrides));
  const token = () => `acme_tok_${'k3x9q2m7'.repeat(3)}`;

  it('is the builtin rules when nothing is configured', () => {
    assert.deepEqual(
      rulesFor(config({})).map((r) => r.id),
      builtinRules.map((r) => r.id),
    );
  });

  it('drops disabled rules, builtin or extra', () => {
    const disabled = builtinRules[1].id;
    const ids = rulesFor(config({ disabledRules: [disabled, ACME_RULE.id], extraRules: [ACME_RULE] })).map((r) => r.id);
    assert.equal(ids.length, builtinRules.length - 1);
    assert.ok(!ids.includes(disabled) && !ids.includes(ACME_RULE.id));
  });

  it('compiles extra rules so that the engine reports them', () => {
    const rules = rulesFor(config({ extraRules: [ACME_RULE] }));
    const extra = rules.find((r) => r.id === ACME_RULE.id)!;
    assert.deepEqual(extra.keywords, ['acme_tok_'], 'keywords are lower-cased for the prefilter');
    assert.equal(extra.severity, 'error');
    const findings = createScanner(rules).scanText(`const t = "${token()}";\n`, 'src/a.ts');
    const hit = findings.find((f) => f.ruleId === ACME_RULE.id);
    assert.ok(hit, 'the extra rule found its token');
    assert.equal(hit.column, 21, 'the secret group, not the whole match, is reported');
    assert.ok(!hit.masked.includes('k3x9q2m7'), 'the finding is masked');
  });

  it('refuses an extra rule that reuses a built-in id, naming the config file and field', () => {
    const builtinId = builtinRules[0].id;
    const reused = config({ extraRules: [ACME_RULE, { ...ACME_RULE, id: builtinId }] });
    for (const trusted of [true, false])
      assert.throws(
        () => rulesFor(reused, { trusted }, '/ws/.keyward/config.json'),
        (e) =>
          isKeywardError(e) &&
          e.code === 'config-invalid' &&
          e.message ===
            `Invalid /ws/.keyward/config.json: extraRules[1].id: "${builtinId}" is already a built-in rule id`,
      );
  });

  it('ignores workspace extra rules in an untrusted workspace', () => {
    const rules = rulesFor(config({ extraRules: [ACME_RULE] }), { trusted: false });
    assert.ok(!rules.some((r) => r.id === ACME_RULE.id));
    const findings = createScanner(rules).scanText(`const t = "${token()}";\n`, 'src/a.ts');
    assert.ok(!findings.some((f) => f.ruleId === ACME_RULE.id));
  });
});
