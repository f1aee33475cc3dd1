import type { Rule } from '../../types';
import { providerRule } from './build';

// IBM Cloud API keys: 44 base64url characters, named by context.
export const ibmcloudRules: Rule[] = [
  providerRule({
    id: 'ibmcloud-api-key',
    description: 'IBM Cloud API key',
    provider: 'ibmcloud',
    body: '[A-Za-z0-9_-]{44}',
    context: ['ibm_cloud', 'ibmcloud', 'ibm_api', 'ibm_iam'],
    revoke: 'IBM Cloud > Manage > Access (IAM) > API keys > delete',
  }),
];
