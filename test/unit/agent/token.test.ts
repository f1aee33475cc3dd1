import assert from 'node:assert/strict';
import { describe as describeCommand } from '../../../src/core/agent/caller';
import { preparePlace, removePlace } from '../../../src/core/agent/place';
import { newSessionToken, tokenId, tokenMatches } from '../../../src/core/agent/token';

describe('key agent: tokens, addresses and command lines', () => {
  it('a token matches only itself', () => {
    const token = newSessionToken();
    const other = newSessionToken();
    assert.ok(tokenMatches(token.value, token));
    assert.ok(!tokenMatches(other.value, token));
    const [prefix, id, secret] = token.value.split('.');
    assert.equal(tokenId(token.value), id);
    for (const forged of [
      `${prefix}.${id}.${secret.slice(0, -1)}`,
      `${prefix}.${id}.${secret}x`,
      `${prefix}.${id}.`,
      `${prefix}.${id}`,
      `kwa2.${id}.${secret}`,
      '',
    ])
      assert.ok(!tokenMatches(forged, token), forged);
  });

  it('tokens differ every time', () => {
    const seen = new Set(Array.from({ length: 100 }, () => newSessionToken().value));
    assert.equal(seen.size, 100);
  });

  it('uses an unguessable named pipe on Windows', () => {
    const place = preparePlace({ platform: 'win32', env: {} });
    try {
      assert.match(place.address, /^\\\\\.\\pipe\\keyward-agent-[0-9a-f]{32}$/);
    } finally {
      removePlace(place);
    }
  });

  it('shows the keyward CLI as `keyward …` and cuts long command lines', () => {
    assert.equal(
      describeCommand(['/usr/bin/node', '/home/a/.vscode/ext/dist/cli.js', 'vault', 'run', '--', 'npm', 'start']),
      'keyward vault run -- npm start',
    );
    assert.equal(describeCommand(['/usr/local/bin/python3', 'app.py']), 'python3 app.py');
    const long = describeCommand(['node', 'x'.repeat(500)]);
    assert.equal(long.length, 200);
    assert.ok(long.endsWith('…'));
  });
});
