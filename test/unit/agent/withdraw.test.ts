// Issue 10, item 16: what the key agent hands to terminals, tasks and debug sessions follows the
// vault. After a rotation it serves the new value (never a copy it kept); a deleted key, or one
// marked compromised, is no longer served, whatever the session was granted, including a change
// saved by another process (the CLI) and one made while the user was being asked.
import assert from 'node:assert/strict';
import { ownClaim } from '../../../src/core/agent/caller';
import { fetchKeys } from '../../../src/core/agent/client';
import { AGENT_TOKEN_ENV } from '../../../src/core/agent/env';
import { Vault } from '../../../src/core/vault/vault';
import { useTempDir } from '../../support/tempDir';
import { plantedValue, startAgentFixture, type AgentFixture } from './support';

const claim = () => ownClaim(process.cwd());

describe('key agent: keys rotated, deleted or marked compromised are withdrawn', function () {
  this.timeout(30_000);
  const dir = useTempDir();
  let fx: AgentFixture;
  beforeEach(async () => (fx = await startAgentFixture(dir())));
  afterEach(() => fx.close());

  const get = (keys?: string[]) =>
    fetchKeys({ address: fx.agent.address, token: fx.session.env[AGENT_TOKEN_ENV] }, { caller: claim(), keys });
  /** The same vault file opened by someone else, as `keyward vault …` in a terminal would. */
  const otherProcess = () => Promise.resolve(Vault.open(fx.options));

  it('serves the new value after a rotation, here or by another process, without asking again', async () => {
    fx.answers.push('session');
    assert.equal((await get(['STRIPE_KEY'])).get('STRIPE_KEY'), fx.values.STRIPE_KEY);
    const second = plantedValue();
    await fx.vault.rotate('STRIPE_KEY', second);
    assert.equal((await get(['STRIPE_KEY'])).get('STRIPE_KEY'), second);
    const third = plantedValue();
    const cli = await otherProcess();
    await cli.rotate('STRIPE_KEY', third);
    cli.close();
    assert.equal((await get(['STRIPE_KEY'])).get('STRIPE_KEY'), third);
    assert.equal(fx.asked.length, 1, 'the grant "for this session" covers the key, not one value of it');
  });

  it('stops serving a key marked compromised, though granted, until it is rotated', async () => {
    fx.answers.push('session');
    await get(['STRIPE_KEY']);
    await fx.vault.setStatus('STRIPE_KEY', 'compromised');
    await assert.rejects(get(['STRIPE_KEY']), /STRIPE_KEY.*compromised/);
    fx.answers.push('once');
    assert.deepEqual([...(await get()).keys()], ['OPENAI_KEY'], 'a request without names leaves it out');

    const fresh = plantedValue();
    const rotated = await fx.vault.rotate('STRIPE_KEY', fresh);
    assert.equal(rotated.status, 'active', 'rotating replaces the compromised value');
    assert.equal((await get(['STRIPE_KEY'])).get('STRIPE_KEY'), fresh);
  });

  it('stops serving a key another process marked compromised or deleted, though this copy has not looked', async () => {
    fx.answers.push('session');
    await get(['STRIPE_KEY', 'OPENAI_KEY']);
    const cli = await otherProcess();
    await cli.setStatus('STRIPE_KEY', 'compromised');
    await cli.remove('OPENAI_KEY');
    cli.close();
    await assert.rejects(get(['STRIPE_KEY']), /STRIPE_KEY is marked compromised/);
    await assert.rejects(get(['OPENAI_KEY']), /No (active )?key named OPENAI_KEY/);
  });

  it('does not hand out a key marked compromised while the user was deciding', async () => {
    let answer!: (decision: 'once') => void;
    fx.answers.push(new Promise((resolve) => (answer = resolve)));
    const pending = get(['STRIPE_KEY']);
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(fx.asked.length, 1, 'the user is being asked');
    const cli = await otherProcess();
    await cli.setStatus('STRIPE_KEY', 'compromised');
    cli.close();
    answer('once');
    await assert.rejects(pending, /STRIPE_KEY is marked compromised/);
  });

  it('stops serving a deleted key', async () => {
    fx.answers.push('session');
    await get(['OPENAI_KEY']);
    await fx.vault.remove('OPENAI_KEY');
    await assert.rejects(get(['OPENAI_KEY']), /No active key named OPENAI_KEY/);
  });
});
