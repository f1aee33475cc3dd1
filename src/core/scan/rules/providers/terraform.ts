import type { Rule } from '../../types';
import { providerRule } from './build';

// Terraform Cloud / HCP Terraform tokens: 14 chars + .atlasv1. + 60-70 chars.
export const terraformRules: Rule[] = [
  providerRule({
    id: 'terraform-cloud-token',
    description: 'Terraform Cloud API token',
    provider: 'terraform',
    body: String.raw`[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70}`,
    keywords: ['atlasv1'],
    revoke: 'HCP Terraform > User settings > Tokens',
  }),
];
