// Small leaks of issue 10, item 16, on the command line: a rotation's new key, the next master
// key in `vault run`, and file names that would rewrite a terminal.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../../src/cli/main';
import { generateMasterKey } from '../../../src/core/crypto/masterKey';
import { captureIO } from '../../fixtures/cli-scan/io';
import { genericAssignment } from '../../fixtures/cli-scan/secrets';
import { keyward } from '../../support/cli';
import { useDist } from '../../support/dist';
import { sqlEngine } from '../../support/sql';

describe('small leaks (CLI)', function () {
  this.timeout(60_000);
  useDist();
  // In-process vault commands find sql.js's wasm only once it is loaded from node_modules.
  before(() => sqlEngine());
  let dir: string;
  const master = generateMasterKey().toString('base64');
  const run = async (args: string[], env: NodeJS.ProcessEnv = {}, tty = false) => {
    const captured = captureIO(dir, { env: { KEYWARD_MASTER_KEY: master, ...env }, tty });
    const code = await runCli(args, captured.io);
    return { code, stdout: captured.stdout(), stderr: captured.stderr() };
  };
  beforeEach(async () => {
    dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'keyward-leaks-')));
    assert.equal((await run(['vault', 'init'])).code, 0);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('vault run withholds KEYWARD_NEW_MASTER_KEY from the child, with the master-key variables', () => {
    const next = generateMasterKey().toString('base64');
    const probe =
      'process.stdout.write(JSON.stringify(["KEYWARD_MASTER_KEY","ENCRYPTION_KEY","KEYWARD_NEW_MASTER_KEY"].map((n) => n in process.env)))';
    const r = keyward(['vault', 'run', '--', process.execPath, '-e', probe], {
      cwd: dir,
      env: { KEYWARD_MASTER_KEY: master, ENCRYPTION_KEY: master, KEYWARD_NEW_MASTER_KEY: next },
    });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '[false,false,false]');
  });

  it('rotate-master does not print a new master key to a terminal unless asked', async () => {
    const vault = path.join(dir, '.keyward', 'vault.db');
    const before = readFileSync(vault);
    const refused = await run(['vault', 'rotate-master'], {}, true);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /Not printing a new master key to a terminal.*--reveal.*Nothing was changed/);
    assert.equal(refused.stdout, '');
    assert.deepEqual(readFileSync(vault), before);

    const incident = await run(['incident', '--rotate-master'], {}, true);
    assert.equal(incident.code, 1);
    assert.equal(incident.stdout, '');
    assert.deepEqual(readFileSync(vault), before);

    const revealed = await run(['vault', 'rotate-master', '--reveal'], {}, true);
    assert.equal(revealed.code, 0, revealed.stderr);
    assert.match(revealed.stdout, /^[A-Za-z0-9+/]{43}=\n$/);
    const piped = await run(['vault', 'rotate-master'], { KEYWARD_MASTER_KEY: revealed.stdout.trim() });
    assert.equal(piped.code, 0, 'to a pipe it is printed, as before');
    assert.match(piped.stdout, /^[A-Za-z0-9+/]{43}=\n$/);
  });

  it('escapes control characters and bidirectional overrides in file names in the text report', async () => {
    const evil = `evil\u001b[2J\u001b[1;1H\u202e.js`;
    mkdirSync(path.join(dir, 'src'));
    writeFileSync(path.join(dir, 'src', evil), `${genericAssignment().line}\n`);
    const r = await run(['scan']);
    assert.equal(r.code, 1);
    assert.ok(!r.stdout.includes('\u001b') && !r.stdout.includes('\u202e'), JSON.stringify(r.stdout));
    assert.match(r.stdout, /src\/evil\\u\{1b\}\[2J\\u\{1b\}\[1;1H\\u\{202e\}\.js:1:/);
  });
});
