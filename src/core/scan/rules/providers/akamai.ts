import type { Rule } from '../../types';
import { providerRule } from './build';

// Akamai EdgeGrid client and access tokens: akab- and two 16-character parts (the client_secret
// beside them is named only by a generic word).
export const akamaiRules: Rule[] = [
  providerRule({
    id: 'akamai-edgegrid-token',
    description: 'Akamai EdgeGrid client or access token',
    provider: 'akamai',
    body: 'akab-[a-z0-9]{16}-[a-z0-9]{16}',
    keywords: ['akab-'],
    revoke: 'Akamai Control Center > Identity & access > API clients > rotate the credential',
  }),
];
