// Public sample values: keys printed in providers' documentation and specifications, the
// emulators' well-known keys and keys that vendors ship in public code on purpose. They are
// public, never a leak, and appear in tutorials, tests and READMEs everywhere, so reporting
// them is pure noise. They are stored
// as SHA-256 digests so that the shipped bundle holds no token-shaped literal (packagers and
// other scanners would rightly flag one). Keys containing the word EXAMPLE are also caught
// by the placeholder check.
import { createHash } from 'node:crypto';

const KNOWN_SAMPLE_DIGESTS = new Set([
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
  // RFC 7519 section 3.1: the example JWT of the specification.
  '8d4ef6536dc8895f256c1e0d95dcd19763036732d64a095e44a90ed444267ad3',
  // Slack API docs: the bot token placeholder "not a real token".
  '0e3fd41c01a697720785471d7455850841950378123a3448f925c8687a8a4fa1',
  // Azurite and the Azure Storage Emulator: the documented key of account devstoreaccount1.
  '0011cc25eb4320717494d2703e8cba85743e71b500283c21c8b88147992f9059',
  // Mailchimp's iOS SDK README: the example token of MailchimpSDK.initialize.
  '213f90b544c037143bd8e493d2bf92db5ec345829251be9fe33a0b7faa473658',
  // Browser API keys Google ships in public clients (Chromium, Firebase samples, gcloud) and
  // the alphabet sample, as allow-listed by gitleaks' gcp-api-key rule: restricted by referrer
  // or project, found in countless public checkouts.
  'f56e323494a6ffc2064e7a955908957d84f0755e5f975dabd64328d0359a8f7c',
  '2037abcaffb2b77785da716cf7ccff4ff4d00c4ea930db0167b7d71f50af7eb4',
  '3f370c9dd8225c63b5c77de1f785edc9712958f18bb612d5fa2e0ae33aeca682',
  'e4a5542bb7fd7b67e943c71ad29c34b5972c9840597e7eda53e666f44d5da0b9',
  'a19f89ab3555eac10c40741f6df79ecf0935998f15569f8db9d67bce0181fff6',
  '0b476bdf9acf2123d547b5ae76f1e59884d8ec9553ee0c47e9f31fd4768f3f3c',
  'eb540d2b6ee2a0a47c5779bc8a0141784c6b753840d4c6f4e2428a6e86e9e0b1',
  '37f8f09bdf12c2f2eae4ead7273a62ddb0c23459cbf902892f282b57f7ed6619',
  '8731261cb72d86267a32a532ebd3df429e2144e5e4ced7e13568bc9e6c8fb1b1',
  '49f777db995e8260da7ca9ffdf0c08d66f0453e97ec967018baf2cdfe3b582d0',
  '27a9a42931dff7eb2f8434e20a9bce976ea364e7bee49187f19d5cfeca9c7045',
  'dc0fcf046c61640cbd1e8b999ada3262d722c2ca4bf42dceac999020ffdbb614',
  '4c98242dcadc8b29005c6b4aad526552d5ea1842149154c0694adeec75847583',
  'ea9bb1082cf95663f5faca23b8b15ef2aa0fce0a5c6df9c32dcb85b2e0a4513d',
  '3a8b61d0f636b007840c0d40ba12bcf48465dc054cdc1a68704a33521d84b665',
  'a6c814bc555ae62c7bd8b58ec07bf559c7ed3a009976a1e0acc9cef0d4473b41',
  // WordPress core (wp-includes/pluggable.php, wp_salt's doc comment): the example keys and salts
  // "Do not paste this example directly", shipped in every WordPress install.
  '4b769966d13255de701945d4de968fa9153c0700300c95a087bad0e2bb15bb92',
  '8f8f9d06a40fbfb896187d725e72f87f42076c8ce4dd7cd11b4ca40017c6973b',
  '6a5eb905e55eb7b220bb1c40e27311809038eff1f3af346d493d56b9b769d4ea',
  '85b202a179e10732448aab564be0d7f8c809c3c018064f69da5412dc4522e73c',
  '108741b452893a93239814ae59f27ac062c3aa499f3c36e87c126f4112f4ca16',
  '5b225527d22f46b2bdb55277a0be2b0123266d738f2a7afd53fecbd74bfea9cf',
  '3ff075ae6f33ec23234bdf9ae36fe19abe75a3eb84ccb4826c40582ee0fd5650',
  '775f6ca2c96d4d2adf433242065c7d323592e3911e41158b0c6d3aeb77c3442e',
  // A public API key embedded in a widely copied client library (gitleaks' generic-api-key stopword).
  '2f21fd9c81678e396751af8b2472e2bd209ff5ce38da144052fb6c024485982f',
  // MDN Web Docs, URL.password and URL.username: the password of the example URL
  // https://anonymous:...@developer.mozilla.org/, copied into URL libraries' tests.
  '91b1e50021af89f3408a85a1c83fb71e715a12efab6af03fbd8aeceabf1d8b73',
]);

export function isKnownSample(secret: string): boolean {
  return KNOWN_SAMPLE_DIGESTS.has(createHash('sha256').update(secret).digest('hex'));
}
