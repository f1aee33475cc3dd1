import { googleFormats } from '../../../providers/formats/google';
import type { Rule } from '../../types';
import { formatRule, providerRule } from './build';

const REVOKE = 'Google Cloud console > APIs & Services > Credentials';

export const googleRules: Rule[] = [
  providerRule({
    // Chat incoming webhooks: the space, the space's API key and a token that lets anyone post.
    // Before the API-key rule, so that the whole URL is one finding.
    id: 'google-chat-webhook-url',
    description: 'Google Chat webhook URL',
    provider: 'google',
    body: String.raw`https://chat\.googleapis\.com/v1/spaces/[A-Za-z0-9_-]{6,20}/messages\?key=AIza[A-Za-z0-9_-]{35}&(?:amp;)?token=[A-Za-z0-9_-]{40,50}(?:%3D|=)?`,
    keywords: ['chat.googleapis.com/v1/spaces/'],
    end: '(?![A-Za-z0-9_-])',
    revoke: 'Google Chat > the space > Apps & integrations > Webhooks > delete',
  }),
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
