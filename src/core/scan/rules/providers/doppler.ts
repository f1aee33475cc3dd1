import type { Rule } from '../../types';
import { providerRule } from './build';

// Doppler tokens name their kind: dp.pt. personal, dp.st. service, dp.ct. CLI, dp.sa. service
// account, dp.scim., dp.audit.
const REVOKE = 'Doppler dashboard > Access / project Access tab';

export const dopplerRules: Rule[] = [
  providerRule({
    id: 'doppler-personal-token',
    description: 'Doppler personal token',
    provider: 'doppler',
    body: String.raw`dp\.pt\.[A-Za-z0-9]{43}`,
    keywords: ['dp.pt.'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'doppler-service-token',
    description: 'Doppler service token',
    provider: 'doppler',
    body: String.raw`dp\.st\.(?:[a-z0-9_-]{2,35}\.)?[A-Za-z0-9]{40,44}`,
    keywords: ['dp.st.'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'doppler-other-token',
    description: 'Doppler CLI, service-account, SCIM or audit token',
    provider: 'doppler',
    body: String.raw`dp\.(?:ct|sa|scim|audit)\.[A-Za-z0-9]{40,44}`,
    keywords: ['dp.ct.', 'dp.sa.', 'dp.scim.', 'dp.audit.'],
    revoke: REVOKE,
  }),
];
