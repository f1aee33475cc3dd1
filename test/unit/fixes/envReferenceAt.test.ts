import assert from 'node:assert/strict';
import { envReferenceAt } from '../../../src/core/fixes/envReferenceAt';

/** The name under the cursor placed on the first character after `|` (the bar is removed). */
function nameAt(marked: string): string | undefined {
  const character = marked.indexOf('|');
  return envReferenceAt(marked.replace('|', ''), character)?.name;
}

describe('environment references under the cursor', () => {
  it("recognises each language's way of reading a variable", () => {
    assert.equal(nameAt('const k = process.env.|API_KEY;'), 'API_KEY');
    assert.equal(nameAt('const k = |process.env.API_KEY;'), 'API_KEY');
    assert.equal(nameAt('const k = process.env["|API_KEY"];'), 'API_KEY');
    assert.equal(nameAt('k = os.environ["|API_KEY"]'), 'API_KEY');
    assert.equal(nameAt("k = os.environ.get('API_|KEY', '')"), 'API_KEY');
    assert.equal(nameAt('k = os.getenv("|API_KEY")'), 'API_KEY');
    assert.equal(nameAt('k := os.Getenv("|API_KEY")'), 'API_KEY');
    assert.equal(nameAt('String k = System.getenv("|API_KEY");'), 'API_KEY');
    assert.equal(nameAt("k = ENV['|API_KEY']"), 'API_KEY');
    assert.equal(nameAt('k = ENV.fetch("|API_KEY")'), 'API_KEY');
    assert.equal(nameAt('token: ${|API_KEY}'), 'API_KEY');
    assert.equal(nameAt('token: ${API_KEY:-|none}'), 'API_KEY');
    assert.equal(nameAt('curl -H "X: $|API_KEY"'), 'API_KEY');
  });

  it('answers only inside the reference', () => {
    assert.equal(nameAt('const k = process.env.API_KEY;| // x'), undefined);
    assert.equal(nameAt('|const k = process.env.API_KEY;'), undefined);
    assert.equal(nameAt('const k = env.|API_KEY;'), undefined);
  });
});
