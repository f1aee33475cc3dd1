import { linearFormats } from '../../../providers/formats/linear';
import type { Rule } from '../../types';
import { formatRule, providerRule } from './build';

const SECURITY = 'Linear > Settings > Account > Security & access';

export const linearRules: Rule[] = [
  ...linearFormats.map((format) => formatRule(format, 'linear', SECURITY)),
  providerRule({
    // OAuth application secrets: 32 hex, named by context.
    id: 'linear-client-secret',
    description: 'Linear OAuth client secret',
    provider: 'linear',
    body: '[a-f0-9]{32}',
    context: ['linear_client_secret', 'linear_oauth_secret'],
    revoke: 'Linear > Settings > API > OAuth applications > rotate the client secret',
  }),
];
