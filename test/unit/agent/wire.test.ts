import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import { ownClaim } from '../../../src/core/agent/caller';
import { fetchKeys } from '../../../src/core/agent/client';
import { AGENT_TOKEN_ENV } from '../../../src/core/agent/env';
import { useTempDir } from '../../support/tempDir';
import { rawExchange, requestLine, startAgentFixture, type AgentFixture } from './support';

// The agent as a hostile or broken client meets it: every refusal is one JSON line naming what
// was wrong, never echoing the request (which may hold a token) or any value.
describe('key agent: the wire', function () {
  this.timeout(30_000);
  const dir = useTempDir();
  let fx: AgentFixture;
  const token = () => fx.session.env[AGENT_TOKEN_ENV];
  const reply = async (payload: string | Buffer, options?: { end?: boolean }) =>
    JSON.parse(await rawExchange(fx.agent.address, payload, options)) as {
      ok: boolean;
      code?: string;
      message?: string;
    };
  const refusedAs = async (code: string, payload: string | Buffer) => {
    const answer = await reply(payload);
    assert.equal(answer.ok, false);
    assert.equal(answer.code, code, answer.message);
    assert.ok(!answer.message?.includes(token().split('.')[2]), 'the refusal echoes the token');
    return answer;
  };

  beforeEach(async () => {
    fx = await startAgentFixture(dir(), { limits: { requestTimeoutMs: 300, connections: 2 } });
    fx.answers.push('session', 'session', 'session');
  });
  afterEach(() => fx.close());

  it('answers one request per connection and hangs up', async () => {
    const answer = await reply(requestLine(token(), { keys: ['OPENAI_KEY'] }));
    assert.deepEqual(answer, { v: 1, ok: true, values: { OPENAI_KEY: fx.values.OPENAI_KEY } });
  });

  it('refuses what is not JSON, unknown operations and malformed fields, by field name only', async () => {
    await refusedAs('malformed', `{"v":1,"op":"get","token":"${token()}"\n`);
    await refusedAs('unknown-op', `${JSON.stringify({ v: 1, op: 'list', token: token() })}\n`);
    await refusedAs('unknown-op', 'null\n');
    const bad = await refusedAs('malformed', requestLine(token(), { keys: ['not a name; rm -rf /'] }));
    assert.match(bad.message!, /keys\.0/);
    assert.ok(!bad.message!.includes('rm -rf'));
    await refusedAs('malformed', requestLine(token(), { extra: fx.values.STRIPE_KEY }));
    assert.equal(fx.asked.length, 0);
  });

  it('refuses a request larger than its limit without reading on, and one that never ends in time', async () => {
    await refusedAs('too-large', Buffer.alloc(17 * 1024, 'a'));
    const started = Date.now();
    await refusedAs('timeout', requestLine(token()).trimEnd());
    assert.ok(Date.now() - started < 5_000);
  });

  it('refuses connections beyond its limit while others are open', async () => {
    const held = [connect(fx.agent.address), connect(fx.agent.address)];
    await Promise.all(held.map((socket) => new Promise((resolve) => socket.once('connect', resolve))));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await refusedAs('busy', requestLine(token()));
    for (const socket of held) socket.destroy();
  });

  it('refuses a caller whose claim /proc contradicts, and audits it', async () => {
    const proc = path.join(dir(), 'proc');
    const fake = (pid: number, uid: number, argv: string[]) => {
      mkdirSync(path.join(proc, String(pid)), { recursive: true });
      writeFileSync(
        path.join(proc, String(pid), 'status'),
        `Name:\tx\nPPid:\t1\nUid:\t${uid}\t${uid}\t${uid}\t${uid}\n`,
      );
      writeFileSync(path.join(proc, String(pid), 'cmdline'), `${argv.join('\0')}\0`);
    };
    mkdirSync(path.join(proc, 'self'), { recursive: true });
    fake(100, process.getuid!(), ['node', 'cli.js', 'env']);
    fake(200, process.getuid!() + 1, ['node', 'cli.js', 'env']);
    const agent = await startAgentFixture(path.join(dir(), 'fake-proc'), { proc });
    try {
      const ask = (pid: number, argv: string[]) =>
        fetchKeys(
          { address: agent.agent.address, token: agent.session.env[AGENT_TOKEN_ENV] },
          { caller: { pid, argv, cwd: '/' } },
        );
      await assert.rejects(ask(100, ['node', 'cli.js', 'vault', 'run']), /runs a different command than it claims/);
      await assert.rejects(ask(200, ['node', 'cli.js', 'env']), /another user's/);
      await assert.rejects(ask(300, ['node']), /no process 300/);
      agent.answers.push('once');
      assert.equal((await ask(100, ['node', 'cli.js', 'env'])).size, 2);
      assert.equal(agent.asked[0].caller.command, 'keyward env');
      assert.equal(agent.asked.length, 1, 'only the honest caller reached the user');
      assert.deepEqual(
        agent.vault
          .auditLog()
          .map((e) => e.action)
          .slice(3),
        ['access-refused', 'access-refused', 'access-refused', 'key-inject'],
      );
    } finally {
      await agent.close();
    }
  });

  it('masks a vaulted value that appears in a caller’s command line before showing or auditing it', async () => {
    const claim = { ...ownClaim(process.cwd()) };
    const proc = path.join(dir(), 'proc2');
    mkdirSync(path.join(proc, 'self'), { recursive: true });
    mkdirSync(path.join(proc, String(claim.pid)));
    const argv = ['curl', '-H', `Authorization: Bearer ${fx.values.STRIPE_KEY}`];
    writeFileSync(path.join(proc, String(claim.pid), 'status'), `Uid:\t${process.getuid!()}\t${process.getuid!()}\n`);
    writeFileSync(path.join(proc, String(claim.pid), 'cmdline'), argv.join('\0'));
    const agent = await startAgentFixture(path.join(dir(), 'redact'), { proc });
    try {
      await agent.vault.add({ name: 'LEAKED', value: fx.values.STRIPE_KEY });
      agent.answers.push('once');
      await fetchKeys(
        { address: agent.agent.address, token: agent.session.env[AGENT_TOKEN_ENV] },
        { caller: { ...claim, argv }, keys: ['OPENAI_KEY'] },
      );
      assert.equal(agent.asked[0].caller.command, 'curl -H Authorization: Bearer [vault key LEAKED]');
      assert.ok(!JSON.stringify(agent.vault.auditLog()).includes(fx.values.STRIPE_KEY));
      assert.ok(!readFileSync(path.join(dir(), 'redact', '.keyward', 'vault.db')).includes(fx.values.STRIPE_KEY));
    } finally {
      await agent.close();
    }
  });
});
