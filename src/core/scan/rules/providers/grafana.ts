import type { Rule } from '../../types';
import { providerRule } from './build';

// Grafana Cloud tokens (glc_), service-account tokens (glsa_) and legacy API keys (base64 JSON
// starting {"k":).
const REVOKE = 'Grafana > Administration > Service accounts / Grafana Cloud > Access policies';

export const grafanaRules: Rule[] = [
  providerRule({
    id: 'grafana-cloud-token',
    description: 'Grafana Cloud access policy token',
    provider: 'grafana',
    body: 'glc_[A-Za-z0-9+/]{32,400}={0,2}',
    keywords: ['glc_'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'grafana-service-account-token',
    description: 'Grafana service account token',
    provider: 'grafana',
    body: 'glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}',
    keywords: ['glsa_'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'grafana-api-key',
    description: 'Grafana API key (legacy)',
    provider: 'grafana',
    body: 'eyJrIjoi[A-Za-z0-9]{70,400}={0,2}',
    keywords: ['eyjrijoi'],
    revoke: REVOKE,
  }),
];
