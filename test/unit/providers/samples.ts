// Fake keys in each provider's real format, assembled at run time so that no realistic
// secret literal sits in a test file (the repository's own scan must stay clean).
import { base62, crc32 } from '../../../src/core/providers/checksums';
import type { ProviderId } from '../../../src/core/providers/registry';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const B64 = ALNUM + '+/';

/** 64 bytes in base64: the 86 characters given, the last made to decode back to itself, then `==`. */
function accountKey(text: string): string {
  return Buffer.from(`${text}==`, 'base64').toString('base64');
}

/** Deterministic pseudo-random text (LCG) so failures are reproducible. */
export function chars(n: number, alphabet = ALNUM, seed = n * 7919): string {
  let x = seed >>> 0;
  let out = '';
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out += alphabet[x % alphabet.length];
  }
  return out;
}

/** prefix_ + 30 random + base62 CRC32: the GitHub classic / npm layout. */
export function checksummed(prefix: string, seed = 1): string {
  const random = chars(30, ALNUM, seed);
  return `${prefix}_${random}${base62(crc32(random), 6)}`;
}

export const VALID: Record<ProviderId, string[]> = {
  aws: ['AK' + 'IA' + chars(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'), chars(40, B64)],
  github: [checksummed('gh' + 'p'), checksummed('gh' + 's', 5), 'github' + '_pat_' + chars(22) + '_' + chars(59)],
  gitlab: ['gl' + 'pat-' + chars(20, ALNUM + '_-')],
  slack: ['xo' + 'xb-' + chars(12, '0123456789') + '-' + chars(13, '0123456789', 3) + '-' + chars(24)],
  stripe: ['sk' + '_live_' + chars(99), 'rk' + '_test_' + chars(24)],
  google: ['AI' + 'za' + chars(35, ALNUM + '_-')],
  openai: ['sk-' + 'proj-' + chars(74) + 'T3Blbk' + 'FJ' + chars(74, ALNUM, 2)],
  anthropic: ['sk-' + 'ant-api03-' + chars(93, ALNUM + '_-') + 'AA'],
  npm: [checksummed('np' + 'm', 9)],
  pypi: ['py' + 'pi-AgEIcHlwaS5vcmc' + chars(150, ALNUM + '_-')],
  twilio: ['S' + 'K' + chars(32, HEX), chars(32, HEX, 4)],
  sendgrid: ['S' + 'G.' + chars(22) + '.' + chars(43)],
  mailgun: ['ke' + 'y-' + chars(32, HEX), chars(32, HEX) + '-' + chars(8, HEX) + '-' + chars(8, HEX, 2)],
  shopify: ['shp' + 'at_' + chars(32, HEX)],
  digitalocean: ['do' + 'p_v1_' + chars(64, HEX)],
  huggingface: ['h' + 'f_' + chars(34, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')],
  'hashicorp-vault': ['hv' + 's.' + chars(90, ALNUM + '_-')],
  // Account keys are 64 bytes in base64, so the last character before `==` carries 4 zero bits.
  azure: [
    accountKey(chars(86, B64)),
    'DefaultEndpointsProtocol=https;AccountName=keywarddemo;AccountKey=' + accountKey(chars(86, B64, 3)),
  ],
  datadog: [chars(32, HEX), chars(40, HEX)],
  linear: ['li' + 'n_api_' + chars(40)],
};
