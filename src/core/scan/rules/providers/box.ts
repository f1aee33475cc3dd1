import type { Rule } from '../../types';
import { providerRule } from './build';

// Box client secrets and developer tokens: 32 alphanumerics, named by context.
export const boxRules: Rule[] = [
  providerRule({
    id: 'box-api-credential',
    description: 'Box client secret or developer token',
    provider: 'box',
    body: '[A-Za-z0-9]{32}',
    context: ['box_client_secret', 'box_secret', 'box_developer_token', 'box_access_token'],
    revoke: 'Box developer console > app > Configuration > reset the secret or revoke the token',
  }),
];
