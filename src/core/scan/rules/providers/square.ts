import type { Rule } from '../../types';
import { providerRule } from './build';

// Square access tokens: EAAA + 60 (current) or sq0atp- (legacy); OAuth secrets sq0csp-.
const REVOKE = 'Square Developer Dashboard > Credentials';

export const squareRules: Rule[] = [
  providerRule({
    id: 'square-access-token',
    description: 'Square access token',
    provider: 'square',
    body: 'EAAA[A-Za-z0-9_-]{60}',
    keywords: ['eaaa'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'square-legacy-access-token',
    description: 'Square access token (legacy)',
    provider: 'square',
    body: 'sq0atp-[A-Za-z0-9_-]{22}',
    keywords: ['sq0atp-'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'square-oauth-secret',
    description: 'Square OAuth application secret',
    provider: 'square',
    body: 'sq0csp-[A-Za-z0-9_-]{43}',
    keywords: ['sq0csp-'],
    revoke: REVOKE,
  }),
];
