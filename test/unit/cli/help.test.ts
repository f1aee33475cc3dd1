// Shell-friendly help: every command and subcommand answers --help (and `keyward help CMD`) on
// stdout with exit 0, without doing its work; --version prints the version.
import assert from 'node:assert/strict';
import { runCli } from '../../../src/cli/main';
import { captureIO } from '../../fixtures/cli-scan/io';
import manifest from '../../../package.json';

async function cli(...args: string[]) {
  const captured = captureIO('/nonexistent-cwd-for-help');
  const code = await runCli(args, captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

const COMMANDS = [
  'keygen',
  'scan',
  'hook',
  'hook install',
  'audit',
  'audit verify',
  'audit export',
  'incident',
  'import',
  'import gitleaks',
  'vault',
  'vault init',
  'vault add',
  'vault list',
  'vault get',
  'vault rm',
  'vault rotate',
  'vault revert',
  'vault status',
  'vault run',
  'vault rotate-master',
];

describe('keyward --help and --version', () => {
  it('--version prints the version', async () => {
    for (const flag of ['--version', '-V']) {
      const r = await cli(flag);
      assert.equal(r.code, 0);
      assert.equal(r.stdout, `keyward ${manifest.version}\n`);
    }
  });

  for (const command of COMMANDS) {
    it(`${command} --help, -h and help ${command} print its usage on stdout, exit 0`, async () => {
      const words = command.split(' ');
      for (const args of [
        [...words, '--help'],
        [...words, '-h'],
        ['help', ...words],
      ]) {
        const r = await cli(...args);
        assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
        assert.equal(r.stderr, '');
        assert.match(r.stdout, new RegExp(`^Usage: keyward ${words[0]}`), args.join(' '));
      }
    });
  }

  it('calls an unknown command unknown, even one named like an object property', async () => {
    for (const name of ['scna', 'toString', 'constructor', '__proto__']) {
      const r = await cli(name);
      assert.equal(r.code, 2, name);
      assert.match(r.stderr, new RegExp(`^keyward: unknown command '${name}'`), name);
    }
  });

  it('keygen --help prints no key', async () => {
    assert.doesNotMatch((await cli('keygen', '--help')).stdout, /[A-Za-z0-9+/]{43}=/);
  });

  it('--help after -- belongs to the command that vault run starts', async () => {
    const r = await cli('vault', 'run', '--', 'node', '--help');
    assert.notEqual(r.stdout.startsWith('Usage: keyward vault run'), true);
  });
});
