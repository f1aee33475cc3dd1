import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ownClaim } from '../../../src/core/agent/caller';
import { fetchKeys } from '../../../src/core/agent/client';
import { AGENT_ADDRESS_ENV, AGENT_TOKEN_ENV } from '../../../src/core/agent/env';
import type { AgentSession } from '../../../src/core/agent/session';
import { vaultKeySource } from '../../../src/core/agent/vaultSource';
import { useTempDir } from '../../support/tempDir';
import { startAgentFixture, type AgentFixture } from './support';

const claim = () => ownClaim(process.cwd());

describe('key agent: sessions, grants and audit', function () {
  this.timeout(30_000);
  const dir = useTempDir();
  let fx: AgentFixture;
  beforeEach(async () => (fx = await startAgentFixture(dir())));
  afterEach(() => fx.close());

  const endpoint = (token = fx.session.env[AGENT_TOKEN_ENV]) => ({ address: fx.agent.address, token });
  const audit = () => fx.vault.auditLog().slice(3); // after vault-create and the two key-adds

  it('hands a session the agent address and its own token, and keeps only the token’s digest', () => {
    assert.deepEqual(Object.keys(fx.session.env).sort(), [AGENT_ADDRESS_ENV, AGENT_TOKEN_ENV].sort());
    assert.equal(fx.session.env[AGENT_ADDRESS_ENV], fx.agent.address);
    const token = fx.session.env[AGENT_TOKEN_ENV];
    assert.match(token, /^kwa1\.[\w-]{12}\.[\w-]{43}$/);
    const kept = (fx.agent as unknown as { sessions: Map<string, AgentSession> }).sessions.get(fx.session.id)!;
    assert.deepEqual(Object.keys(kept.token).sort(), ['digest', 'id']);
  });

  it('lives in a folder only its user can enter, on a socket only its user can open', () => {
    assert.equal(statSync(fx.agent.dir).mode & 0o777, 0o700);
    const socket = statSync(fx.agent.address);
    assert.ok(socket.isSocket());
    assert.equal(socket.mode & 0o777, 0o600);
    assert.equal(path.dirname(fx.agent.address), fx.agent.dir);
  });

  it('asks once per session with names only, then serves the same keys without asking', async () => {
    fx.answers.push('session');
    const first = await fetchKeys(endpoint(), { caller: claim(), keys: ['STRIPE_KEY'] });
    assert.equal(first.get('STRIPE_KEY'), fx.values.STRIPE_KEY);
    const again = await fetchKeys(endpoint(), { caller: claim(), keys: ['STRIPE_KEY'] });
    assert.equal(again.get('STRIPE_KEY'), fx.values.STRIPE_KEY);
    assert.equal(fx.asked.length, 1, 'asked once');
    const [question] = fx.asked;
    assert.deepEqual(question.keys, ['STRIPE_KEY']);
    assert.equal(question.session, 'terminals of folder demo');
    assert.equal(question.caller.pid, process.pid);
    assert.ok(question.caller.verified, 'the caller was checked against /proc');
    assert.ok(!JSON.stringify(fx.asked).includes(fx.values.STRIPE_KEY), 'the prompt holds no value');
  });

  it('asks again for a key the session was not granted, and every time after "once"', async () => {
    fx.answers.push('session', 'once', 'once');
    await fetchKeys(endpoint(), { caller: claim(), keys: ['STRIPE_KEY'] });
    await fetchKeys(endpoint(), { caller: claim(), keys: ['STRIPE_KEY', 'OPENAI_KEY'] });
    await fetchKeys(endpoint(), { caller: claim(), keys: ['OPENAI_KEY'] });
    assert.deepEqual(
      fx.asked.map((q) => q.keys),
      [['STRIPE_KEY'], ['STRIPE_KEY', 'OPENAI_KEY'], ['OPENAI_KEY']],
    );
  });

  it('without names serves every active key, or one environment’s', async () => {
    fx.answers.push('once', 'once');
    assert.deepEqual([...(await fetchKeys(endpoint(), { caller: claim() })).keys()].sort(), [
      'OPENAI_KEY',
      'STRIPE_KEY',
    ]);
    assert.deepEqual(
      [...(await fetchKeys(endpoint(), { caller: claim(), environment: 'prod' })).keys()],
      ['STRIPE_KEY'],
    );
  });

  it('audits each grant with the process and the keys, and each refusal, never a value', async () => {
    fx.answers.push('once', 'deny');
    await fetchKeys(endpoint(), { caller: claim(), keys: ['STRIPE_KEY'] });
    await assert.rejects(fetchKeys(endpoint(), { caller: claim(), keys: ['OPENAI_KEY'] }), (error: Error) => {
      assert.match(error.message, /refused: Access to OPENAI_KEY was denied/);
      return true;
    });
    const entries = audit();
    assert.deepEqual(
      entries.map((e) => e.action),
      ['key-inject', 'access-refused'],
    );
    assert.match(
      entries[0].detail,
      new RegExp(`^agent, terminals of folder demo: pid ${process.pid} \`.+\`: STRIPE_KEY$`),
    );
    assert.match(entries[1].detail, /denied by the user: OPENAI_KEY$/);
    assert.equal(entries[1].keyName, 'OPENAI_KEY');
    const everything = JSON.stringify(fx.vault.auditLog()) + fx.logged.join('\n');
    for (const value of Object.values(fx.values)) assert.ok(!everything.includes(value));
    assert.equal(fx.vault.verifyAudit().problem, undefined);
  });

  it('refuses a wrong token, a token of an ended session and a forged one, logging (not auditing) them', async () => {
    const [prefix, id] = fx.session.env[AGENT_TOKEN_ENV].split('.');
    for (const token of [`${prefix}.${id}.${'A'.repeat(43)}`, 'kwa1.nope.nope', 'garbage']) {
      await assert.rejects(fetchKeys(endpoint(token), { caller: claim() }), /token is not valid/);
    }
    const token = fx.session.env[AGENT_TOKEN_ENV];
    fx.session.end();
    await assert.rejects(fetchKeys(endpoint(token), { caller: claim() }), /token is not valid/);
    assert.equal(fx.asked.length, 0, 'nobody was asked');
    assert.deepEqual(audit(), []);
    assert.equal(fx.logged.filter((line) => /unknown or ended session token/.test(line)).length, 4);
    assert.ok(!fx.logged.join('\n').includes(token.split('.')[2]), 'the log holds no token');
  });

  it('keeps a session to the keys it was opened for', async () => {
    const limited = fx.agent.openSession({
      label: 'debug session Launch',
      source: vaultKeySource(() => fx.vault),
      allowedKeys: ['OPENAI_KEY'],
    });
    fx.answers.push('once');
    const all = await fetchKeys(
      { address: fx.agent.address, token: limited.env[AGENT_TOKEN_ENV] },
      { caller: claim() },
    );
    assert.deepEqual([...all.keys()], ['OPENAI_KEY']);
    await assert.rejects(
      fetchKeys(
        { address: fx.agent.address, token: limited.env[AGENT_TOKEN_ENV] },
        { caller: claim(), keys: ['STRIPE_KEY'] },
      ),
      /may read only OPENAI_KEY/,
    );
    assert.equal(audit().at(-1)?.action, 'access-refused');
  });

  it('refuses unknown keys by name, and a locked vault with its own message', async () => {
    await assert.rejects(fetchKeys(endpoint(), { caller: claim(), keys: ['NOPE'] }), /No active key named NOPE/);
    const locked = fx.agent.openSession({
      label: 'locked',
      source: vaultKeySource(() => {
        throw Object.assign(new Error('The vault is locked: import its master key first.'), {
          name: 'KeywardError',
          code: 'master-key-missing',
          exitCode: 1,
        });
      }),
    });
    await assert.rejects(
      fetchKeys({ address: fx.agent.address, token: locked.env[AGENT_TOKEN_ENV] }, { caller: claim() }),
      /vault is locked/,
    );
  });

  it('a refusal stays a refusal when the vault cannot record it, and the log says so', async () => {
    const source = vaultKeySource(() => fx.vault);
    const unrecordable = fx.agent.openSession({
      label: 'vault gone',
      source: { ...source, refuse: () => Promise.reject(new Error('locked')) },
    });
    await assert.rejects(
      fetchKeys({ address: fx.agent.address, token: unrecordable.env[AGENT_TOKEN_ENV] }, { caller: claim() }),
      /Access to OPENAI_KEY, STRIPE_KEY was denied/,
    );
    assert.ok(fx.logged.some((line) => /Could not audit a refusal for vault gone/.test(line)));
  });

  it('refuses when nobody answers in time, and audits it', async () => {
    const slow = await startAgentFixture(path.join(dir(), 'slow'), {
      limits: { decisionTimeoutMs: 200 },
    });
    try {
      slow.answers.push(new Promise(() => undefined));
      await assert.rejects(
        fetchKeys(
          { address: slow.agent.address, token: slow.session.env[AGENT_TOKEN_ENV] },
          { caller: claim(), keys: ['STRIPE_KEY'] },
        ),
        /not granted in time/,
      );
      assert.match(slow.vault.auditLog().at(-1)!.detail, /no answer in time/);
    } finally {
      await slow.close();
    }
  });

  it('shows one prompt at a time per session; a request waiting behind "for this session" needs none', async () => {
    let answer!: (decision: 'session') => void;
    fx.answers.push(new Promise((resolve) => (answer = resolve)));
    const first = fetchKeys(endpoint(), { caller: claim(), keys: ['STRIPE_KEY'] });
    const second = fetchKeys(endpoint(), { caller: claim(), keys: ['STRIPE_KEY'] });
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(fx.asked.length, 1);
    answer('session');
    const [a, b] = await Promise.all([first, second]);
    assert.equal(a.get('STRIPE_KEY'), b.get('STRIPE_KEY'));
    assert.equal(fx.asked.length, 1);
  });

  it('on close removes socket and folder, ends every session and refuses what was pending', async () => {
    let answer!: (decision: 'session') => void;
    fx.answers.push(new Promise((resolve) => (answer = resolve)));
    const pending = fetchKeys(endpoint(), { caller: claim(), keys: ['STRIPE_KEY'] }).then(
      () => 'served',
      (error: Error) => error.message,
    );
    while (fx.asked.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    const { address, dir: agentDir } = fx.agent;
    await fx.agent.close();
    assert.match(await pending, /key agent closed: its VS Code window closed or reloaded/);
    assert.equal(existsSync(address), false);
    assert.equal(existsSync(agentDir), false);
    assert.equal(fx.agent.sessionCount, 0);
    await assert.rejects(fetchKeys(endpoint(), { caller: claim() }), /No Keyward agent is listening/);
    answer('session');
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.ok(!fx.vault.auditLog().some((e) => e.action === 'key-inject'), 'nothing was decrypted after close');
  });

  it('prefers a private $XDG_RUNTIME_DIR, and falls back when it is not private', async () => {
    const runtime = mkdtempSync(path.join(tmpdir(), 'keyward-run-'));
    const open = path.join(runtime, 'open');
    mkdirSync(open, { mode: 0o755 });
    try {
      const agents = [];
      for (const base of [runtime, open]) {
        const fixture = await startAgentFixture(path.join(dir(), path.basename(base)), {
          place: { env: { XDG_RUNTIME_DIR: base } },
        });
        agents.push(path.dirname(fixture.agent.dir));
        await fixture.close();
      }
      assert.deepEqual(agents, [runtime, tmpdir()]);
    } finally {
      rmSync(runtime, { recursive: true, force: true });
    }
  });
});
