import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { LeakCheck } from './leakCheck';

// The searcher itself, on made-up captures: it must find the value however it is wrapped and
// encoded, and only in the kinds and the window it is asked about.
const planted = `planted-${randomBytes(20).toString('hex')}`;
const framed = (...parts: (string | Buffer)[]) => Buffer.concat(parts.map((part) => Buffer.from(part)));

describe('leak check: what counts as the plaintext reaching the client', () => {
  it('finds the value in the clear inside a binary frame and inside page HTML', () => {
    const check = new LeakCheck();
    check.record('received', framed(Buffer.from([0, 1, 2, 255]), `{"message":"${planted}"}`));
    check.record('html', `<div class="toast">${planted}</div>`);
    assert.equal(check.leaks(planted, ['received']).length, 1);
    assert.equal(check.leaks(planted, ['html']).length, 1);
  });

  it('finds base64 of a longer text at every byte alignment, and hex in either case', () => {
    for (const prefix of ['', 'a', 'ab', 'abc', 'abcd']) {
      const check = new LeakCheck();
      check.record('received', Buffer.from(`${prefix}${planted}"}`).toString('base64'));
      assert.deepEqual(check.leaks(planted, ['received']).length, 1, `base64 after ${prefix.length} bytes`);
    }
    const check = new LeakCheck();
    check.record('received', `x${Buffer.from(planted).toString('hex').toUpperCase()}y`);
    assert.match(check.leaks(planted, ['received'])[0], /: HEX$/);
  });

  it('looks only at the kinds and the window asked for, and never names the value', () => {
    const check = new LeakCheck();
    check.enterStep('typing');
    check.record('sent', planted);
    const afterTyping = check.mark();
    check.enterStep('later');
    check.record('received', 'nothing to see');
    assert.deepEqual(check.leaks(planted, ['received', 'html']), []);
    assert.deepEqual(check.leaks(planted, ['sent'], afterTyping), []);
    const [report] = check.leaks(planted, ['sent']);
    assert.equal(report, 'sent frame #0 (step "typing"): plaintext');
  });

  it('cuts out only what is allowed, and only from page HTML', () => {
    const check = new LeakCheck();
    const allowed = new RegExp(`Context: ${planted} at line \\d+\\.`, 'g');
    check.record('html', `<div>Context: ${planted} at line 2.</div>`);
    assert.deepEqual(check.leaks(planted, ['html'], 0, allowed), []);
    check.record('html', `<div>Context: ${planted} at line 2.</div><span>${planted}</span>`);
    check.record('received', `Context: ${planted} at line 2.`);
    assert.equal(check.leaks(planted, ['html', 'received'], 0, allowed).length, 2);
  });

  it('does not flag a different value that shares a prefix', () => {
    const check = new LeakCheck();
    check.record('received', `${planted.slice(0, -1)}!`);
    assert.deepEqual(check.leaks(planted, ['received']), []);
  });
});
