import type { Rule } from '../../types';
import { providerRule } from './build';

// Mezmo (LogDNA) ingestion and service keys: 32 hex, named by context.
export const mezmoRules: Rule[] = [
  providerRule({
    id: 'mezmo-ingestion-key',
    description: 'Mezmo (LogDNA) ingestion or service key',
    provider: 'mezmo',
    body: '[a-f0-9]{32}',
    context: ['logdna', 'mezmo'],
    revoke: 'Mezmo > Settings > Organization > API keys > remove',
  }),
];
