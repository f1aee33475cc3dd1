// Only regular files, only sane sizes, symlinked vaults written through, values kept exactly:
// each case is a hostile or unlucky file system state from issue 10, run through the built CLI.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { generateMasterKey } from '../../../src/core/crypto/masterKey';
import { keyward } from '../../support/cli';
import { useTempDir } from '../../support/tempDir';

describe('vault, config and baseline files: regular files only, sane sizes, links kept', function () {
  this.timeout(120_000);
  const dir = useTempDir();
  const env = { KEYWARD_MASTER_KEY: generateMasterKey().toString('base64') };
  const run = (args: string[], input = '') => keyward(args, { cwd: dir(), env, input });
  const keywardDir = () => path.join(dir(), '.keyward');
  /** Fails fast or not at all: a hang would hit spawnSync's 60 s timeout and read as code null. */
  const fastRefusal = (args: string[], pattern: RegExp) => {
    const started = Date.now();
    const result = run(args);
    assert.equal(result.code, 2, `${args.join(' ')}: ${result.stderr}`);
    assert.match(result.stderr, pattern);
    assert.ok(Date.now() - started < 10_000, 'refused at once');
  };

  it('refuses a vault that is a symlink to /dev/zero, a FIFO or a folder, at once and by name', () => {
    mkdirSync(keywardDir());
    const vault = path.join(keywardDir(), 'vault.db');
    symlinkSync('/dev/zero', vault);
    fastRefusal(['vault', 'list'], /vault\.db is a character device, not a regular file/);
    fastRefusal(['vault', 'add', 'A', '--force'], /character device/);
    execFileSync('rm', [vault]);
    execFileSync('mkfifo', [vault]);
    fastRefusal(['vault', 'list'], /vault\.db is a named pipe \(FIFO\), not a regular file/);
    execFileSync('rm', [vault]);
    mkdirSync(vault);
    fastRefusal(['vault', 'list'], /vault\.db is a folder, not a regular file/);
  });

  it('refuses a vault over the size limit without reading it', () => {
    mkdirSync(keywardDir());
    const vault = path.join(keywardDir(), 'vault.db');
    writeFileSync(vault, '');
    truncateSync(vault, 300 * 1024 * 1024); // sparse: costs no disk
    fastRefusal(['vault', 'list'], /larger than 256 MiB, the limit for a vault/);
  });

  it('refuses config.json and baseline.json that are devices, FIFOs or too large, instead of hanging the scan', () => {
    mkdirSync(keywardDir());
    writeFileSync(path.join(dir(), 'app.js'), 'const a = 1;\n');
    const config = path.join(keywardDir(), 'config.json');
    symlinkSync('/dev/zero', config);
    fastRefusal(
      ['scan'],
      /config\.json is a character device, not a regular file; Keyward reads its scan configuration/,
    );
    execFileSync('rm', [config]);
    execFileSync('mkfifo', [config]);
    fastRefusal(['scan'], /named pipe/);
    execFileSync('rm', [config]);
    writeFileSync(config, '');
    truncateSync(config, 2 * 1024 * 1024);
    fastRefusal(['scan'], /larger than 1 MiB, the limit for a scan configuration/);
    execFileSync('rm', [config]);
    execFileSync('mkfifo', [path.join(keywardDir(), 'baseline.json')]);
    fastRefusal(['scan'], /baseline\.json is a named pipe \(FIFO\), not a regular file/);
  });

  it('writes a symlinked vault through to its target, keeping the link, with backup and lock beside the target', () => {
    const elsewhere = path.join(dir(), 'elsewhere');
    mkdirSync(elsewhere);
    mkdirSync(keywardDir());
    assert.equal(run(['vault', 'init', '--vault', path.join(elsewhere, 'real.db')]).code, 0);
    const link = path.join(keywardDir(), 'vault.db');
    symlinkSync('../elsewhere/real.db', link);
    const added = run(['vault', 'add', 'VIA_LINK', '--force'], 'value-through-the-link-123');
    assert.equal(added.code, 0, added.stderr);
    assert.ok(lstatSync(link).isSymbolicLink(), 'the link is still a link');
    assert.equal(readlinkSync(link), '../elsewhere/real.db');
    assert.ok(existsSync(path.join(elsewhere, 'real.db.bak')), 'the backup sits beside the real file');
    assert.ok(!existsSync(path.join(keywardDir(), 'vault.db.bak')));
    const direct = run(['vault', 'list', '--vault', path.join(elsewhere, 'real.db')]);
    assert.match(direct.stdout, /VIA_LINK/, 'both paths see the same vault');
    assert.equal(run(['vault', 'rm', 'VIA_LINK']).code, 0);
    assert.ok(lstatSync(link).isSymbolicLink());
  });

  it('refuses a dangling vault symlink instead of replacing it with a new vault', () => {
    mkdirSync(keywardDir());
    symlinkSync('../missing/real.db', path.join(keywardDir(), 'vault.db'));
    const init = run(['vault', 'init']);
    assert.equal(init.code, 2);
    assert.match(init.stderr, /vault\.db is a symlink to \.\.\/missing\/real\.db, which does not exist/);
    assert.ok(lstatSync(path.join(keywardDir(), 'vault.db')).isSymbolicLink());
  });

  it('refuses to save when vault.db.bak is a folder, keeping the key it was asked to delete, and says why', () => {
    // The case: `vault rm` deleted the key, then failed on the backup and said "Nothing was changed".
    assert.equal(run(['vault', 'init']).code, 0);
    assert.equal(run(['vault', 'add', 'K1', '--force'], 'value-of-k1-1234567890').code, 0);
    rmSync(path.join(keywardDir(), 'vault.db.bak'));
    mkdirSync(path.join(keywardDir(), 'vault.db.bak'));
    const before = readFileSync(path.join(keywardDir(), 'vault.db'));
    const rm = run(['vault', 'rm', 'K1']);
    assert.equal(rm.code, 2, rm.stdout + rm.stderr);
    assert.match(rm.stderr, /vault\.db\.bak is not a regular file \(move it out of the way\)/);
    assert.match(rm.stderr, /Nothing was changed: the vault and its backup are as they were\./);
    assert.deepEqual(readFileSync(path.join(keywardDir(), 'vault.db')), before, 'the vault is byte-identical');
    assert.match(run(['vault', 'list']).stdout, /^K1\b/m, 'the key is still there');
  });

  it('stores a UTF-8 value byte for byte and refuses binary input instead of altering it', () => {
    assert.equal(run(['vault', 'init']).code, 0);
    const text = 'välue-with-ünïcode-😀-and\ttab';
    assert.equal(run(['vault', 'add', 'TEXT', '--force'], text).code, 0);
    assert.equal(run(['vault', 'get', 'TEXT']).stdout, text);
    const before = readFileSync(path.join(keywardDir(), 'vault.db'));
    const binary = keyward(['vault', 'add', 'BIN', '--force'], {
      cwd: dir(),
      env,
      input: Buffer.from([0x73, 0x6b, 0xff, 0xfe, 0x00, 0x80, 0x41]) as unknown as string,
    });
    assert.equal(binary.code, 2);
    assert.match(binary.stderr, /not UTF-8 text .* Nothing was stored/);
    assert.deepEqual(readFileSync(path.join(keywardDir(), 'vault.db')), before);
  });
});
