import { awsFormats } from '../../../providers/formats/aws';
import type { Rule } from '../../types';
import { formatRule, providerRule } from './build';

const REVOKE = 'IAM console > Security credentials, then review CloudTrail for its use';

export const awsRules: Rule[] = [
  ...awsFormats.map((format) => formatRule(format, 'aws', REVOKE, format.context ? { minEntropy: 3.5 } : {})),
  providerRule({
    // Amazon Marketplace Web Service auth tokens: amzn.mws. + a UUID.
    id: 'aws-mws-auth-token',
    description: 'Amazon MWS auth token',
    provider: 'aws',
    body: 'amzn\\.mws\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    keywords: ['amzn.mws.'],
    revoke: 'Seller Central > User permissions',
  }),
  providerRule({
    // Long-term Bedrock API keys: ABSK + base64 of "BedrockAPIKey-...".
    id: 'aws-bedrock-api-key',
    description: 'Amazon Bedrock API key',
    provider: 'aws',
    body: 'ABSKQmVkcm9ja0FQSUtleS[A-Za-z0-9+/]{40,300}={0,2}',
    keywords: ['absk'],
    revoke: 'IAM console > Users > Bedrock API keys',
  }),
];
