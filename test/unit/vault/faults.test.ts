// Fault injection over every step of a vault save, for every command that saves: the previous
// vault AND its backup must survive byte for byte, the command must exit non-zero with a message
// that says what happened, nothing may be left behind, and no planted value may reach the output.
import assert from 'node:assert/strict';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { generateMasterKey } from '../../../src/core/crypto/masterKey';
import { runCli } from '../../../src/cli/main';
import { faultsFor, faultyFileSystem, SAVE_STEPS, type Fault, type SaveStep } from '../../support/faultyFs';
import { assertNoPlantedValue } from '../../support/plantedSearch';
import { useTempDir } from '../../support/tempDir';
import { newVault, plantedValue } from '../../support/vault';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

const REASON: Record<Fault, RegExp> = {
  ENOSPC: /the disk is full \(ENOSPC\)/,
  EDQUOT: /the disk quota is exhausted \(EDQUOT\)/,
  EIO: /I\/O error \(EIO\)/,
  EACCES: /permission was denied \(EACCES\)/,
  'short-write': /the disk is full \(ENOSPC\) after [\d,]+ of [\d,]+ bytes had been written/,
  'lost-write': /the temp file holds \d+ of \d+ bytes/,
};

interface CommandCase {
  args: string[];
  input?: () => string;
  env?: NodeJS.ProcessEnv;
  /** Which save of the command the fault hits (master-key rotation saves twice). */
  occurrence?: number;
  prepare?: (dir: string, value: string) => void;
  /** The planted key (K1..K3) whose value the command prints once it succeeds, as `vault get` does. */
  prints?: number;
}

const COMMANDS: Record<string, CommandCase> = {
  add: { args: ['vault', 'add', 'NEW_KEY', '--force'] },
  rm: { args: ['vault', 'rm', 'K1'] },
  rotate: { args: ['vault', 'rotate', 'K2', '--force'] },
  import: {
    args: ['vault', 'import', '.env', '--replace'],
    prepare: (dir, value) => writeFileSync(path.join(dir, '.env'), `IMPORTED=${value}\n`),
  },
  'get (audited)': { args: ['vault', 'get', 'K3'], prints: 3 },
  'rotate-master, 1st save': { args: ['vault', 'rotate-master'], env: { KEYWARD_NEW_MASTER_KEY: '' }, occurrence: 1 },
  'rotate-master, 2nd save': { args: ['vault', 'rotate-master'], env: { KEYWARD_NEW_MASTER_KEY: '' }, occurrence: 2 },
};

class Capture extends Writable {
  text = '';
  isTTY = false;
  _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

function snapshot(dir: string): Map<string, Buffer> {
  const folder = path.join(dir, '.keyward');
  return new Map(readdirSync(folder).map((f) => [f, readFileSync(path.join(folder, f))]));
}

describe('vault saves under injected faults (steps x commands x faults)', function () {
  this.timeout(300_000);
  const master = generateMasterKey().toString('base64');
  const planted = [plantedValue(), plantedValue(), plantedValue()];
  let template = '';
  /** Cases that held, per command and step, for the summary table. */
  const held = new Map<string, number>();
  const dir = useTempDir();

  before(async () => {
    template = mkdtempSync(path.join(tmpdir(), 'keyward-faults-'));
    const { vault } = await newVault(template, Buffer.from(master, 'base64'));
    for (const [i, value] of planted.entries()) await vault.add({ name: `K${i + 1}`, value });
    vault.close();
  });
  after(() => {
    rmSync(template, { recursive: true, force: true });
    console.log(matrixSummary(held));
  });

  async function run(command: CommandCase, cwd: string, fileSystem?: ReturnType<typeof faultyFileSystem>, input = '') {
    const stdout = new Capture();
    const stderr = new Capture();
    const env: NodeJS.ProcessEnv = { KEYWARD_MASTER_KEY: master, ...command.env };
    if (env.KEYWARD_NEW_MASTER_KEY === '') env.KEYWARD_NEW_MASTER_KEY = generateMasterKey().toString('base64');
    const stdin = Object.assign(Readable.from([Buffer.from(input)]), { isTTY: false });
    const code = await runCli(command.args, { stdin, stdout, stderr, env, cwd, fileSystem });
    return { code, stdout: stdout.text, stderr: stderr.text };
  }

  for (const [name, command] of Object.entries(COMMANDS)) {
    for (const step of SAVE_STEPS) {
      it(`${name}: a fault while ${step} changes nothing`, async () => {
        for (const fault of faultsFor(step)) {
          await oneCase(command, step, fault);
          held.set(`${name}|${step}`, (held.get(`${name}|${step}`) ?? 0) + 1);
        }
      });
    }
  }

  async function oneCase(command: CommandCase, step: SaveStep, fault: Fault): Promise<void> {
    const cwd = path.join(dir(), `${step}-${fault}`);
    cpSync(template, cwd, { recursive: true });
    const value = plantedValue();
    command.prepare?.(cwd, value);
    const dotenv = command.prepare ? readFileSync(path.join(cwd, '.env')) : undefined;
    const before = snapshot(cwd);
    const fileSystem = faultyFileSystem(path.join(cwd, '.keyward'), step, fault, command.occurrence);
    const result = await run(command, cwd, fileSystem, value);
    const label = `${command.args.join(' ')} / ${step} / ${fault}`;

    assert.ok(fileSystem.fired, `${label}: the fault never fired, so this case proves nothing`);
    assert.notEqual(result.code, 0, `${label}: exit code`);
    assert.match(result.stderr, /Could not save the vault /, label);
    assert.match(result.stderr, REASON[fault], `${label}: ${result.stderr}`);
    assert.match(result.stderr, /Nothing was changed: the vault and its backup are as they were\./, label);
    assert.equal(result.stdout, '', `${label}: nothing claims success`);
    assert.deepEqual(snapshot(cwd), before, `${label}: the vault, its backup and the folder are as before`);
    if (dotenv) {
      assert.deepEqual(readFileSync(path.join(cwd, '.env')), dotenv, `${label}: .env untouched`);
      assert.ok(!readdirSync(cwd).includes('.env.example'), `${label}: no .env.example`);
    }
    assertNoPlantedValue(result.stdout + result.stderr, [...planted, value], `${label}: the output`);

    if (fault === 'ENOSPC') {
      const retry = await run(command, cwd, undefined, value);
      assert.equal(retry.code, 0, `${label}: the same command succeeds once the fault is gone: ${retry.stderr}`);
      const hidden = [...planted.filter((_, i) => i + 1 !== command.prints), value];
      assertNoPlantedValue(retry.stdout + retry.stderr, hidden, `${label}: the retry's output`);
    }
  }
});

/**
 * The matrix as a table to quote: per command (rows) and save step (columns), the faults that held
 * out of those injected there (ENOSPC, EDQUOT, EIO, EACCES everywhere; a short and a lost write at
 * the temp write too). Each case held when the vault and its backup were byte-identical, the
 * command exited non-zero saying what happened, nothing claimed success and no planted value was
 * in the output.
 */
function matrixSummary(held: Map<string, number>): string {
  const names = Object.keys(COMMANDS);
  const width = Math.max(...names.map((name) => name.length));
  const cell = (name: string, step: SaveStep) =>
    `${held.get(`${name}|${step}`) ?? 0}/${faultsFor(step).length}`.padEnd(step.length + 2);
  const total = names.length * SAVE_STEPS.reduce((sum, step) => sum + faultsFor(step).length, 0);
  const passed = [...held.values()].reduce((sum, n) => sum + n, 0);
  return [
    `      fault matrix: ${passed}/${total} cases held (${SAVE_STEPS.length} steps x ${names.length} commands x 4-6 faults)`,
    `      ${''.padEnd(width)}  ${SAVE_STEPS.map((step) => step.padEnd(step.length + 2)).join('')}`,
    ...names.map((name) => `      ${name.padEnd(width)}  ${SAVE_STEPS.map((step) => cell(name, step)).join('')}`),
  ].join('\n');
}
