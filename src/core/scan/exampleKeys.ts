// Keys printed in providers' documentation. They are public, never live, and appear in
// tutorials, tests and READMEs everywhere, so reporting them is pure noise. They are stored
// as SHA-256 digests so that the shipped bundle holds no token-shaped literal (packagers and
// other scanners would rightly flag one). Keys containing the word EXAMPLE are also caught
// by the placeholder check.
import { createHash } from 'node:crypto';

const DOCUMENTED_EXAMPLE_DIGESTS = new Set([
  // AWS IAM user guide: the example access key id / secret access key pairs.
  '1a5d44a2dca19669d72edf4c4f1c27c4c1ca4b4408fbb17f6ce4ad452d78ddb3',
  '78314b11be2e581549ac1c4f616563fad3fdf0c3b71678f6e2299182080e0598',
  'c6ea27c534f993d31f0aef882e3d200e7b87470c379ae79c8f9b19d3bd363dc9',
  'e21b597ba6b9cafa59d9ebc4d65c0385f5eb3fa56abab2607fa76589ad849a33',
  // Stripe API reference: the test-mode secret and publishable keys shown in code samples.
  '2cafc0970149a84f3b9e62eaf169f36f59907a3b3e31f7b82e68c69cd27f7326',
  'b1471f544ceeea31333bde7e1ecbaad6eac0d4a749412ad29bd66ef895b81c6b',
  'f2d6ca16515033e5dce14eba840b979d27b5cbae24bb3e5bf484339667f86397',
  '5895b89c8fb33402a5bfc23aad5aaf863fbb438a51e1a0bb02b0ce618c8fdf9d',
  // jwt.io: the default HS256 token of the debugger.
  '7f75367e7881255134e1375e723d1dea8ad5f6a4fdb79d938df1f1754a830606',
  // Slack API docs: the bot token placeholder "not a real token".
  '0e3fd41c01a697720785471d7455850841950378123a3448f925c8687a8a4fa1',
]);

export function isDocumentedExample(secret: string): boolean {
  return DOCUMENTED_EXAMPLE_DIGESTS.has(createHash('sha256').update(secret).digest('hex'));
}
