import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { AGENT_ADDRESS_ENV, AGENT_TOKEN_ENV } from '../../../src/core/agent/env';
import { runCli } from '../../../src/cli/main';
import { CLI, type CliResult } from '../../support/cli';
import { useDist } from '../../support/dist';
import { useTempDir } from '../../support/tempDir';
import { startAgentFixture, type AgentFixture } from '../agent/support';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The built CLI as a child process, without blocking this process, where the agent answers. */
function keyward(args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { PATH: process.env.PATH, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

// A child prints a hash of each key it was given, and whether it can still reach the agent.
const PROBE = `const h = (v) => v === undefined ? '-' : require('crypto').createHash('sha256').update(v).digest('hex');
console.log(JSON.stringify({ stripe: h(process.env.STRIPE_KEY), openai: h(process.env.OPENAI_KEY), agent: !!process.env.${AGENT_TOKEN_ENV} }));`;

describe('keyward vault run and keyward env through the key agent', function () {
  this.timeout(60_000);
  useDist();
  const dir = useTempDir();
  let fx: AgentFixture;
  let agentEnv: NodeJS.ProcessEnv;
  beforeEach(async () => {
    fx = await startAgentFixture(dir());
    agentEnv = { ...fx.session.env };
  });
  afterEach(() => fx.close());

  const noValueIn = (result: CliResult) => {
    for (const value of Object.values(fx.values))
      for (const form of [value, Buffer.from(value).toString('base64'), Buffer.from(value).toString('hex')])
        assert.ok(!result.stdout.includes(form) && !result.stderr.includes(form), 'a value was printed');
  };

  it('vault run gets the keys from the agent, which asks once and audits the command', async () => {
    fx.answers.push('session');
    const result = await keyward(
      ['vault', 'run', '--only', 'STRIPE_KEY', '--', process.execPath, '-e', PROBE],
      agentEnv,
      dir(),
    );
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout), { stripe: sha256(fx.values.STRIPE_KEY), openai: '-', agent: false });
    noValueIn(result);
    assert.equal(fx.asked.length, 1);
    assert.match(fx.asked[0].caller.command, /^keyward vault run --only STRIPE_KEY -- .*node -e /);
    assert.ok(fx.asked[0].caller.verified);
    const entry = fx.vault.auditLog().at(-1)!;
    assert.equal(entry.action, 'key-inject');
    assert.match(entry.detail, /^agent, terminals of folder demo: pid \d+ `keyward vault run --only STRIPE_KEY -- /);
  });

  it('keyward env prints sh that a shell evaluates, and JSON, to a pipe', async () => {
    fx.answers.push('session');
    const sh = await keyward(['env'], agentEnv, dir());
    assert.equal(sh.code, 0, sh.stderr);
    assert.match(sh.stdout, /^export OPENAI_KEY='.+'\nexport STRIPE_KEY='.+'\n$/);
    const shell = spawnSync('sh', ['-c', `${sh.stdout}printf %s "$STRIPE_KEY" | sha256sum`], { encoding: 'utf8' });
    assert.equal(shell.stdout.split(' ')[0], sha256(fx.values.STRIPE_KEY));
    const json = await keyward(['env', '--format', 'json', '--only', 'OPENAI_KEY'], agentEnv, dir());
    assert.deepEqual(JSON.parse(json.stdout), { OPENAI_KEY: fx.values.OPENAI_KEY });
    assert.equal(fx.asked.length, 1, 'the second request was covered by "for this session"');
  });

  it('keyward env refuses to print values to a terminal, and asks nobody', async () => {
    const stdout = Object.assign(new PassThrough(), { isTTY: true });
    const stderr = new PassThrough();
    const code = await runCli(['env'], { stdin: new PassThrough(), stdout, stderr, env: agentEnv, cwd: dir() });
    assert.equal(code, 1);
    assert.equal(stdout.read(), null);
    assert.match(String(stderr.read()), /Not printing values to a terminal/);
    assert.equal(fx.asked.length, 0);
  });

  it('a refusal exits 1 with the reason and no value', async () => {
    fx.answers.push('deny');
    const result = await keyward(['vault', 'run', '--', process.execPath, '-e', PROBE], agentEnv, dir());
    assert.equal(result.code, 1);
    assert.match(result.stderr, /keyward: The Keyward agent refused: Access to OPENAI_KEY, STRIPE_KEY was denied/);
    assert.equal(result.stdout, '', 'the command did not run');
    noValueIn(result);
  });

  it('a closed agent is named as such (exit 2), and --vault is refused with the agent', async () => {
    const vaultFlag = await keyward(['env', '--vault', 'x.db'], agentEnv, dir());
    assert.equal(vaultFlag.code, 2);
    assert.match(vaultFlag.stderr, /--vault opens a vault file, which needs KEYWARD_MASTER_KEY/);
    await fx.agent.close();
    const closed = await keyward(['env'], agentEnv, dir());
    assert.equal(closed.code, 2);
    assert.match(closed.stderr, new RegExp(`No Keyward agent is listening at ${AGENT_ADDRESS_ENV}`));
    assert.ok(!closed.stderr.includes(agentEnv[AGENT_TOKEN_ENV]!), 'the token was printed');
  });

  it('a master key in the environment wins: the vault file is opened and the agent not asked', async () => {
    const result = await keyward(
      ['vault', 'run', '--', process.execPath, '-e', PROBE],
      { ...agentEnv, KEYWARD_MASTER_KEY: 'bm90IGEga2V5' },
      dir(),
    );
    assert.equal(result.code, 2);
    assert.match(result.stderr, /KEYWARD_MASTER_KEY must decode to 32 bytes/);
    assert.equal(fx.asked.length, 0);
  });
});
