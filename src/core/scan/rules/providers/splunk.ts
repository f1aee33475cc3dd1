import type { Rule } from '../../types';
import { providerRule } from './build';

// Splunk HTTP Event Collector tokens are UUIDs, named by context.
export const splunkRules: Rule[] = [
  providerRule({
    id: 'splunk-hec-token',
    description: 'Splunk HEC token',
    provider: 'splunk',
    body: '[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}',
    context: ['splunk'],
    revoke: 'Splunk > Settings > Data inputs > HTTP Event Collector',
  }),
];
