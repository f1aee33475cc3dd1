import assert from 'node:assert/strict';
import { ownClaim } from '../../../src/core/agent/caller';
import { askToCommit, fetchKeys } from '../../../src/core/agent/client';
import { type ReportedFinding } from '../../../src/core/agent/protocol';
import { AGENT_TOKEN_ENV } from '../../../src/core/agent/env';
import type { CommitCheck } from '../../../src/core/agent/session';
import { useTempDir } from '../../support/tempDir';
import { rawExchange, startAgentFixture, type AgentFixture } from './support';

const finding: ReportedFinding = {
  ruleId: 'github-pat-classic',
  category: 'secret',
  severity: 'error',
  provider: 'github',
  message: 'GitHub personal access token exposed',
  file: 'src/config.js',
  line: 3,
  column: 14,
  endLine: 3,
  endColumn: 54,
  masked: 'ghp_....abcd',
  fingerprint: 'a'.repeat(64),
  confidence: 'high',
  reason: "provider's token format, checksum valid",
};

describe('key agent: commit checks for Source Control', function () {
  this.timeout(30_000);
  const dir = useTempDir();
  let fx: AgentFixture;
  let asked: CommitCheck[];
  let answer: () => Promise<'commit' | 'abort'>;
  let commits: { env: Readonly<Record<string, string>> };
  beforeEach(async () => {
    fx = await startAgentFixture(dir(), { limits: { decisionTimeoutMs: 300 } });
    asked = [];
    answer = () => Promise.resolve('abort');
    commits = fx.agent.openSession({
      label: 'Source Control',
      commitCheck: (check) => {
        asked.push(check);
        return answer();
      },
    });
  });
  afterEach(() => fx.close());

  const endpoint = (env: Readonly<Record<string, string>>) => ({
    address: fx.agent.address,
    token: env[AGENT_TOKEN_ENV],
  });
  const check = { caller: ownClaim(process.cwd()), repository: '/repo', findings: [finding] };

  it('passes the findings and the checked caller to the session, and its decision back', async () => {
    answer = () => Promise.resolve('commit');
    assert.equal(await askToCommit(endpoint(commits.env), check), 'commit');
    answer = () => Promise.resolve('abort');
    assert.equal(await askToCommit(endpoint(commits.env), check), 'abort');
    assert.deepEqual(asked[0].findings, [finding]);
    assert.equal(asked[0].repository, '/repo');
    assert.ok(asked[0].caller.verified);
  });

  it('decides "abort" when nobody answers in time, or the session fails', async () => {
    answer = () => new Promise(() => undefined);
    assert.equal(await askToCommit(endpoint(commits.env), check), 'abort');
    answer = () => Promise.reject(new Error('window closing'));
    assert.equal(await askToCommit(endpoint(commits.env), check), 'abort');
  });

  it('keeps each session to what it was opened for', async () => {
    await assert.rejects(askToCommit(endpoint(fx.session.env), check), /does not decide commits/);
    await assert.rejects(fetchKeys(endpoint(commits.env), { caller: check.caller }), /cannot read keys/);
    assert.equal(asked.length, 0);
    assert.equal(fx.asked.length, 0);
  });

  it('refuses a check carrying anything but reported findings', async () => {
    const line = (findings: unknown[]) =>
      `${JSON.stringify({ v: 1, op: 'commit-check', token: commits.env[AGENT_TOKEN_ENV], ...check, findings })}\n`;
    for (const findings of [[], [{ ...finding, secret: fx.values.STRIPE_KEY }], [{ ...finding, line: 0 }]]) {
      const reply = JSON.parse(await rawExchange(fx.agent.address, line(findings))) as {
        code?: string;
        message?: string;
      };
      assert.equal(reply.code, 'malformed');
      assert.ok(!reply.message?.includes(fx.values.STRIPE_KEY));
    }
    assert.equal(asked.length, 0);
  });
});
