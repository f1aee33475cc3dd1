import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { generateMasterKey } from '../../../src/core/crypto/masterKey';
import type { KeySummary } from '../../../src/core/vault/records';
import { CLI, keyward, type CliResult } from '../../support/cli';
import { useDist } from '../../support/dist';
import { parseJson } from '../../support/json';
import { useTempDir } from '../../support/tempDir';
import { plantedValue } from '../../support/vault';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const noStack = (r: CliResult) => !/\n\s+at /.test(r.stderr);

describe('keyward vault (CLI)', function () {
  useDist();
  this.timeout(120_000);
  const dir = useTempDir();
  const masterKey = generateMasterKey().toString('base64');
  const env = () => ({ KEYWARD_MASTER_KEY: masterKey });
  const run = (args: string[], input = '', extraEnv: NodeJS.ProcessEnv = {}) =>
    keyward(args, { cwd: dir(), env: { ...env(), ...extraEnv }, input });

  it('keygen prints a base64 32-byte key, like openssl rand -base64 32', () => {
    const { code, stdout } = keyward(['keygen'], { cwd: dir() });
    assert.equal(code, 0);
    assert.match(stdout, /^[A-Za-z0-9+/]{43}=\n$/);
    assert.equal(Buffer.from(stdout.trim(), 'base64').length, 32);
  });

  it('explains a missing or malformed master key by naming the variable, without a stack trace', () => {
    const missing = keyward(['vault', 'init'], { cwd: dir() });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /KEYWARD_MASTER_KEY/);
    const malformed = keyward(['vault', 'init'], {
      cwd: dir(),
      env: { ENCRYPTION_KEY: Buffer.from('too short').toString('base64') },
    });
    assert.equal(malformed.code, 2);
    assert.match(malformed.stderr, /ENCRYPTION_KEY must decode to 32 bytes/);
    assert.ok(noStack(missing) && noStack(malformed));
  });

  it('accepts ENCRYPTION_KEY as the master key', () => {
    const r = keyward(['vault', 'init'], { cwd: dir(), env: { ENCRYPTION_KEY: masterKey } });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(run(['vault', 'list']).code, 0);
  });

  it('adds, lists, gets, runs with and removes keys, leaking the value nowhere but `get`', () => {
    const value = plantedValue();
    const forms = [value, Buffer.from(value).toString('base64'), Buffer.from(value).toString('hex')];
    const outputs: CliResult[] = [];
    const step = (args: string[], input = '') => {
      const r = run(args, input);
      assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
      return r;
    };
    outputs.push(step(['vault', 'init']));
    outputs.push(step(['vault', 'add', 'STRIPE_KEY', '--env', 'dev'], `${value}\n`));
    outputs.push(step(['vault', 'add', 'OTHER', '--provider', 'custom-service'], 'another-value-1234567890'));
    const list = step(['vault', 'list']);
    outputs.push(list);
    assert.match(list.stdout, new RegExp(`STRIPE_KEY\\s+stripe\\s+dev\\s+sk_test_\\.\\.\\.\\.${value.slice(-4)}`));
    const json = step(['vault', 'list', '--json']);
    outputs.push(json);
    assert.deepEqual(
      parseJson<{ keys: KeySummary[] }>(json.stdout).keys.map((k) => k.name),
      ['OTHER', 'STRIPE_KEY'],
    );

    assert.equal(step(['vault', 'get', 'STRIPE_KEY']).stdout, value);

    const probe =
      'const c=require("crypto");process.stdout.write(c.createHash("sha256").update(process.env.STRIPE_KEY||"").digest("hex")+" "+("KEYWARD_MASTER_KEY" in process.env)+" "+("OTHER" in process.env))';
    const injected = step(['vault', 'run', '--only', 'STRIPE_KEY', '--', process.execPath, '-e', probe]);
    outputs.push(injected);
    assert.equal(injected.stdout, `${sha256(value)} false false`);
    outputs.push(step(['vault', 'rm', 'OTHER']));

    const vaultDir = path.join(dir(), '.keyward');
    const files = readdirSync(vaultDir).map((f) => path.join(vaultDir, f));
    assert.ok(files.some((f) => f.endsWith('vault.db.bak')));
    for (const file of files) {
      const bytes = readFileSync(file);
      for (const form of forms) assert.ok(!bytes.includes(form), `${path.basename(file)} holds a form of the value`);
    }
    for (const output of outputs) {
      for (const form of forms)
        assert.ok(
          !output.stdout.includes(form) && !output.stderr.includes(form),
          'an output holds a form of the value',
        );
    }
  });

  it('records reveals and injections in the audit log', () => {
    run(['vault', 'init']);
    run(['vault', 'add', 'A'], 'value-of-a-1234567890');
    run(['vault', 'get', 'A']);
    run(['vault', 'run', '--', process.execPath, '-e', '0']);
    const db = readFileSync(path.join(dir(), '.keyward', 'vault.db'));
    for (const action of ['key-add', 'key-reveal', 'key-inject']) assert.ok(db.includes(action), action);
  });

  it('hands no program a key marked compromised until it is rotated', () => {
    run(['vault', 'init']);
    run(['vault', 'add', 'LEAKED'], 'leaked-value-1234567890');
    run(['vault', 'add', 'FINE'], 'fine-value-1234567890');
    assert.equal(run(['incident', '--keys', 'LEAKED']).code, 0);
    const names = `process.stdout.write(['LEAKED', 'FINE'].filter((n) => process.env[n]).join(','))`;
    const all = run(['vault', 'run', '--', process.execPath, '-e', names]);
    assert.equal(all.code, 0, all.stderr);
    assert.equal(all.stdout, 'FINE', 'the compromised key is left out');
    const asked = run(['vault', 'run', '--only', 'LEAKED', '--', process.execPath, '-e', names]);
    assert.equal(asked.code, 1);
    assert.match(asked.stderr, /LEAKED is marked compromised: rotate it/);
    assert.equal(run(['vault', 'rotate', 'LEAKED'], 'rotated-value-1234567890').code, 0);
    assert.equal(run(['vault', 'run', '--', process.execPath, '-e', names]).stdout, 'LEAKED,FINE');
    const listed = parseJson<{ keys: KeySummary[] }>(run(['vault', 'list', '--json']).stdout).keys;
    assert.equal(listed.find((k) => k.name === 'LEAKED')?.status, 'active', 'rotating replaced the compromised value');
  });

  it('refuses to print a value to a terminal without --reveal', () => {
    run(['vault', 'init']);
    run(['vault', 'add', 'A'], 'value-of-a-1234567890');
    const tty = (extra: string) =>
      spawnSync('script', ['-qec', `${process.execPath} ${CLI} vault get A ${extra}`, '/dev/null'], {
        cwd: dir(),
        env: { ...env(), PATH: process.env.PATH },
        encoding: 'utf8',
      });
    const refused = tty('');
    assert.equal(refused.status, 1);
    assert.ok(!refused.stdout.includes('value-of-a-1234567890'));
    assert.match(refused.stdout, /\.\.\.\.7890[\s\S]*--reveal/);
    assert.match(tty('--reveal').stdout, /value-of-a-1234567890/);
  });

  it('validates the value against the named provider and refuses a mismatch unless forced', () => {
    run(['vault', 'init']);
    const refused = run(['vault', 'add', 'S', '--provider', 'stripe'], 'not-a-stripe-key-123456');
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /does not look like a Stripe key.*--force/);
    assert.ok(!refused.stderr.includes('not-a-stripe-key-123456'));
    assert.equal(run(['vault', 'add', 'S', '--provider', 'stripe', '--force'], 'not-a-stripe-key-123456').code, 0);
  });

  it('uses exit codes 0 ok, 1 refusal, 2 error', () => {
    assert.equal(run(['vault', 'list']).code, 2, 'no vault yet');
    run(['vault', 'init']);
    assert.equal(run(['vault', 'init']).code, 1, 'exists');
    assert.equal(run(['vault', 'get', 'MISSING']).code, 1);
    run(['vault', 'add', 'A'], 'value-of-a-1234567890');
    assert.equal(run(['vault', 'add', 'A'], 'value-of-a-1234567890').code, 1);
    assert.equal(run(['vault', 'frobnicate']).code, 2);
    assert.equal(run(['vault', 'list', '--bogus']).code, 2);
    assert.equal(run(['vault', 'run', '--', 'definitely-not-a-command-kw']).code, 2);
    assert.equal(run(['vault', 'run', '--', process.execPath, '-e', 'process.exit(7)']).code, 7);
  });

  it('refuses a wrong master key and leaves the vault byte-for-byte unchanged', () => {
    run(['vault', 'init']);
    run(['vault', 'add', 'A'], 'value-of-a-1234567890');
    const file = path.join(dir(), '.keyward', 'vault.db');
    const before = readFileSync(file);
    const wrong = { KEYWARD_MASTER_KEY: generateMasterKey().toString('base64') };
    for (const args of [
      ['vault', 'list'],
      ['vault', 'add', 'B'],
      ['vault', 'rm', 'A'],
      ['vault', 'get', 'A'],
    ]) {
      const r = keyward(args, { cwd: dir(), env: wrong, input: 'value-of-b-1234567890' });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /master key does not open this vault/);
    }
    assert.deepEqual(readFileSync(file), before);
    assert.ok(!existsSync(`${file}.lock`));
  });

  it('finds the vault from a subfolder and honours --vault', () => {
    run(['vault', 'init']);
    run(['vault', 'add', 'A'], 'value-of-a-1234567890');
    const sub = path.join(dir(), 'src', 'deep');
    mkdirSync(sub, { recursive: true });
    assert.match(keyward(['vault', 'list'], { cwd: sub, env: env() }).stdout, /^A\s/m);
    const other = path.join(dir(), 'elsewhere.db');
    assert.equal(run(['vault', 'init', '--vault', other]).code, 0);
    assert.match(run(['vault', 'list', '--vault', other]).stdout, /no keys yet/);
  });
});
