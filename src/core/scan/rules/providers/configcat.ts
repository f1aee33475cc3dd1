import type { Rule } from '../../types';
import { providerRule } from './build';

// ConfigCat SDK keys: configcat-sdk-1/ + two 22-character parts, or the two parts alone before
// 2024 (named by context). SDK keys also ship in client apps, hence a warning.
const REVOKE = 'ConfigCat dashboard > SDK keys > generate a new key and delete the old one';

export const configcatRules: Rule[] = [
  providerRule({
    id: 'configcat-sdk-key',
    description: 'ConfigCat SDK key',
    provider: 'configcat',
    body: 'configcat-sdk-1/[A-Za-z0-9_-]{22}/[A-Za-z0-9_-]{22}',
    keywords: ['configcat-sdk-1/'],
    severity: 'warning',
    revoke: REVOKE,
  }),
  providerRule({
    id: 'configcat-sdk-key-legacy',
    description: 'ConfigCat SDK key (legacy)',
    provider: 'configcat',
    body: '[A-Za-z0-9_-]{22}/[A-Za-z0-9_-]{22}',
    context: ['configcat'],
    severity: 'warning',
    revoke: REVOKE,
  }),
];
