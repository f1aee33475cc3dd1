// URLs with credentials in the authority part (https://user:password@host, RFC 3986 §3.2.1).
import type { Rule } from '../../types';

export const basicAuthUrlRules: Rule[] = [
  {
    id: 'basic-auth-url',
    description: 'URL with an embedded password',
    provider: 'basic-auth',
    category: 'secret',
    keywords: ['://'],
    // Most URLs carry no credentials: only a window with an `@` can.
    alsoKeywords: ['@'],
    pattern:
      /(?<![\w+.-])(?:https?|ftps?|wss?|smtps?|ldaps?|git\+https?|ssh|sftp):\/\/[^:@/\s'"`]{1,256}:([^@/\s'"`]{4,256})@[\w.-]{1,256}/i,
    secretGroup: 1,
    severity: 'error',
    generic: true,
    basis: 'context',
    passwordValues: true,
    docs: 'A URL embeds a password. Change the password and pass credentials separately (environment, credential helper, secret store).',
  },
];
