// Keys printed in providers' documentation. They are public, never live, and appear in
// tutorials, tests and READMEs everywhere, so reporting them is pure noise.
// Keys containing the word EXAMPLE (AWS's) are caught by the placeholder check as well.
const DOCUMENTED_EXAMPLES: readonly string[] = [
  // AWS IAM user guide
  'AKIAIOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'AKIAI44QH8DHBEXAMPLE',
  'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY',
  // Stripe API reference (test mode)
  'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
  'pk_test_TYooMQauvdEDq54NiTphI7jx',
  'sk_test_BQokikJOvBiI2HlWgH4olfQ2',
  'pk_test_6pRNASCoBOKtIshFeQd4XMUh',
  // jwt.io's default token
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
  // Slack API docs
  'xoxb-not-a-real-token-this-will-not-work',
];

const EXAMPLES = new Set(DOCUMENTED_EXAMPLES);

export function isDocumentedExample(secret: string): boolean {
  return EXAMPLES.has(secret);
}
