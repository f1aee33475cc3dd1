import { googleFormats } from '../../../providers/formats/google';
import type { Rule } from '../../types';
import { formatRule, providerRule } from './build';

const REVOKE = 'Google Cloud console > APIs & Services > Credentials';

export const googleRules: Rule[] = [
  ...googleFormats.map((format) => formatRule(format, 'google', REVOKE)),
  providerRule({
    // A service-account key file: the JSON-escaped PEM after "private_key" (newlines as \n).
    id: 'google-service-account-key',
    description: 'Google Cloud service-account private key (JSON key file)',
    provider: 'google',
    body: String.raw`-----BEGIN PRIVATE KEY-----\\n[A-Za-z0-9+/=\\n]{200,4000}-----END PRIVATE KEY-----(?:\\n)?`,
    context: ['"private_key'],
    end: '(?=")',
    revoke: 'IAM & Admin > Service accounts > Keys > Delete',
  }),
];
