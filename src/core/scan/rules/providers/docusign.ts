import type { Rule } from '../../types';
import { providerRule } from './build';

// DocuSign app secret keys: UUIDs, named by context (the integration key beside them is a client
// id).
export const docusignRules: Rule[] = [
  providerRule({
    id: 'docusign-secret-key',
    description: 'DocuSign secret key',
    provider: 'docusign',
    body: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    context: ['docusign'],
    revoke: 'DocuSign admin > Apps and keys > delete the secret',
  }),
];
