import type { Rule } from '../../types';
import { providerRule } from './build';

// Databricks personal access tokens: dapi + 32 hex (+ optional -N).
export const databricksRules: Rule[] = [
  providerRule({
    id: 'databricks-token',
    description: 'Databricks access token',
    provider: 'databricks',
    body: 'dapi[a-f0-9]{32}(?:-[0-9])?',
    keywords: ['dapi'],
    revoke: 'Databricks workspace > User settings > Access tokens',
  }),
];
