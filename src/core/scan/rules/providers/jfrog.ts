import type { Rule } from '../../types';
import { providerRule } from './build';

// JFrog API keys (AKCp + 69), reference tokens (base64 of "reftkn:01:...") and older identity
// tokens (64 alphanumerics, named by context).
const REVOKE = 'JFrog Platform > User profile > API key / Identity tokens';

export const jfrogRules: Rule[] = [
  providerRule({
    id: 'jfrog-api-key',
    description: 'JFrog Artifactory API key',
    provider: 'jfrog',
    body: 'AKCp[A-Za-z0-9]{69}',
    keywords: ['akcp'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'jfrog-reference-token',
    description: 'JFrog reference (identity) token',
    provider: 'jfrog',
    body: 'cmVmdGtuOjAxOj[A-Za-z0-9]{49,60}',
    keywords: ['cmvmdgtuojaxoj'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'jfrog-identity-token',
    description: 'JFrog identity token (legacy)',
    provider: 'jfrog',
    body: '[A-Za-z0-9]{64}',
    context: ['jfrog', 'artifactory'],
    revoke: REVOKE,
  }),
];
