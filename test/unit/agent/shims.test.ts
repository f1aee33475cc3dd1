import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { debugKeysRequest, withRuntime } from '../../../src/core/agent/debugLaunch';
import { writeCliShim, writeRuntimeShim, type CliLauncher } from '../../../src/core/agent/shims';
import { CLI } from '../../support/cli';
import { useDist } from '../../support/dist';
import { useTempDir } from '../../support/tempDir';
import { startAgentFixture, type AgentFixture } from './support';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const launcher: CliLauncher = { runtime: process.execPath, cli: CLI, electron: false, platform: process.platform };

/** Runs `file` without blocking this process (the agent answers from here); resolves with its pid and output. */
function start(file: string, args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ pid: number; code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(file, args, { env: { PATH: process.env.PATH, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ pid: child.pid!, code, stdout, stderr }));
  });
}

const PROBE = `const e = process.env; console.log(JSON.stringify({ pid: process.pid, stripe: e.STRIPE_KEY && require('crypto').createHash('sha256').update(e.STRIPE_KEY).digest('hex'), openai: e.OPENAI_KEY !== undefined, token: e.KEYWARD_AGENT_TOKEN !== undefined, nodeOptions: e.NODE_OPTIONS }));`;

describe('shims: the keyward command in terminals, and runtimes for debug sessions', function () {
  this.timeout(60_000);
  useDist();
  const dir = useTempDir();
  let fx: AgentFixture;
  beforeEach(async () => (fx = await startAgentFixture(dir())));
  afterEach(() => fx.close());

  it('puts a private `keyward` on PATH that runs the extension’s own CLI', () => {
    const file = writeCliShim(path.join(dir(), 'bin'), launcher);
    assert.equal(statSync(file).mode & 0o777, 0o700);
    const result = spawnSync('keyward', ['keygen'], {
      env: { PATH: `${path.dirname(file)}${path.delimiter}${process.env.PATH}` },
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(Buffer.from(result.stdout.trim(), 'base64').length, 32);
  });

  it('a runtime shim fetches only the session’s keys, then becomes the runtime with its pid and NODE_OPTIONS', async () => {
    const file = writeRuntimeShim(path.join(dir(), 'debug', 'keyward-node'), {
      launcher,
      agentEnv: fx.session.env,
      keys: ['STRIPE_KEY'],
      runtime: process.execPath,
    });
    fx.answers.push('once');
    // A master key in the debugger's environment must not divert the shim from the session's agent.
    const run = await start(file, ['-e', PROBE], {
      NODE_OPTIONS: '--max-old-space-size=200',
      KEYWARD_MASTER_KEY: Buffer.alloc(32).toString('base64'),
    });
    assert.equal(run.code, 0, run.stderr);
    const seen = JSON.parse(run.stdout) as Record<string, unknown>;
    assert.deepEqual(seen, {
      pid: run.pid,
      stripe: sha256(fx.values.STRIPE_KEY),
      openai: false,
      token: false,
      nodeOptions: '--max-old-space-size=200',
    });
    assert.match(fx.asked[0].caller.command, /^keyward env --only STRIPE_KEY$/);
    const script = readFileSync(file, 'utf8');
    for (const value of Object.values(fx.values)) assert.ok(!script.includes(value), 'the shim holds a value');
    assert.equal(statSync(file).mode & 0o777, 0o700);
  });

  it('a Python runtime shim (debugpy starts its `python`) runs the interpreter with only the granted key', async function () {
    const python = spawnSync('python3', ['--version']);
    if (python.status !== 0) this.skip(); // no python3 here: nothing to start
    const file = writeRuntimeShim(path.join(dir(), 'debug', 'keyward-python'), {
      launcher,
      agentEnv: fx.session.env,
      keys: ['STRIPE_KEY'],
      runtime: 'python3',
    });
    fx.answers.push('once');
    const probe =
      'import hashlib, json, os; e = os.environ; print(json.dumps({"pid": os.getpid(), "stripe": hashlib.sha256(e["STRIPE_KEY"].encode()).hexdigest(), "openai": "OPENAI_KEY" in e, "token": "KEYWARD_AGENT_TOKEN" in e}))';
    const run = await start(file, ['-X', 'dev', '-c', probe], {});
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), {
      pid: run.pid,
      stripe: sha256(fx.values.STRIPE_KEY),
      openai: false,
      token: false,
    });
  });

  it('a refused runtime shim never starts the program', async () => {
    const file = writeRuntimeShim(path.join(dir(), 'debug', 'keyward-node'), {
      launcher,
      agentEnv: fx.session.env,
      keys: ['STRIPE_KEY'],
      runtime: process.execPath,
    });
    fx.answers.push('deny');
    const run = await start(file, ['-e', 'console.log("ran")'], {});
    assert.equal(run.code, 1);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /Access to STRIPE_KEY was denied/);
  });
});

describe('launch configurations that ask for keys', () => {
  const node = { type: 'node', request: 'launch', name: 'Launch', program: 'app.js' };

  it('reads keyward.keys and the runtime each debugger starts', () => {
    assert.equal(debugKeysRequest(node, 'linux'), undefined);
    assert.deepEqual(debugKeysRequest({ ...node, keyward: { keys: ['A', 'B', 'A'] } }, 'linux'), {
      keys: ['A', 'B'],
      field: 'runtimeExecutable',
      runtime: 'node',
    });
    assert.deepEqual(
      debugKeysRequest(
        { type: 'debugpy', request: 'launch', python: ['/venv/bin/python', '-X', 'dev'], keyward: { keys: ['A'] } },
        'linux',
      ),
      { keys: ['A'], field: 'python', runtime: '/venv/bin/python' },
    );
    assert.equal(
      debugKeysRequest({ type: 'python', request: 'launch', keyward: { keys: ['A'] } }, 'linux')?.runtime,
      'python3',
    );
  });

  it('refuses malformed requests, other debuggers and attach configurations with a clear message', () => {
    for (const [config, message] of [
      [{ ...node, keyward: { keys: 'A' } }, /takes \{ "keys"/],
      [{ ...node, keyward: { keys: [] } }, /takes \{ "keys"/],
      [{ ...node, keyward: { keys: ['not a name'] } }, /takes \{ "keys"/],
      [{ ...node, keyward: null }, /takes \{ "keys"/],
      [{ ...node, request: 'attach', keyward: { keys: ['A'] } }, /needs a launch configuration/],
      [{ ...node, type: 'go', keyward: { keys: ['A'] } }, /supported in node, pwa-node, python, debugpy/],
    ] as const)
      assert.throws(() => debugKeysRequest(config, 'linux'), message);
  });

  it('replaces only the runtime, keeping a python array’s extra arguments', () => {
    const request = debugKeysRequest({ ...node, runtimeExecutable: 'npm', keyward: { keys: ['A'] } }, 'linux')!;
    assert.deepEqual(withRuntime({ ...node, runtimeExecutable: 'npm' }, request, '/shim'), {
      ...node,
      runtimeExecutable: '/shim',
    });
    const python = { type: 'debugpy', request: 'launch', python: ['/py', '-X', 'dev'], keyward: { keys: ['A'] } };
    assert.deepEqual(withRuntime(python, debugKeysRequest(python, 'linux')!, '/shim').python, ['/shim', '-X', 'dev']);
  });
});
