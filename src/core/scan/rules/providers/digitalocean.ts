import { digitaloceanFormats } from '../../../providers/formats/digitalocean';
import type { Rule } from '../../types';
import { formatRule, providerRule } from './build';

export const digitaloceanRules: Rule[] = [
  ...digitaloceanFormats.map((format) =>
    formatRule(format, 'digitalocean', 'DigitalOcean control panel > API > Tokens'),
  ),
  providerRule({
    // Spaces (S3-compatible) secret keys: 43 base64 characters beside a DO00… access key id.
    id: 'digitalocean-spaces-secret-key',
    description: 'DigitalOcean Spaces secret key',
    provider: 'digitalocean',
    body: '[A-Za-z0-9+/]{43}',
    context: ['spaces_secret', 'do_spaces_secret', 'spaces_secret_access_key', 'digitalocean_spaces_secret'],
    keywords: ['spaces_secret', 'spacessecret', 'spaces-secret', 'spaces.secret'],
    revoke: 'DigitalOcean control panel > API > Spaces keys > delete',
  }),
];
