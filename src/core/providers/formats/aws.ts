import type { TokenFormat } from './types';

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids
// Key ids: a 4-letter type prefix (AKIA long-term, ASIA temporary, ABIA/ACCA service) and
// 16 base32 characters. Secret keys are 40 base64 characters with no marker of their own.
export const awsFormats: TokenFormat[] = [
  {
    id: 'aws-access-key-id',
    description: 'AWS access key id',
    body: '(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}',
    keywords: ['akia', 'asia', 'abia', 'acca'],
  },
  {
    id: 'aws-secret-access-key',
    description: 'AWS secret access key',
    body: '[A-Za-z0-9/+]{40}',
    context: ['aws_secret', 'secret_access_key', 'aws_sk'],
  },
  {
    // STS session tokens are base64 protobufs; both generations start with a fixed header.
    id: 'aws-session-token',
    description: 'AWS STS session token',
    body: '(?:IQoJb3JpZ2luX2Vj|FwoGZXIvYXdzE)[A-Za-z0-9/+]{100,1500}={0,2}',
    keywords: ['iqojb3jpz2lux2vj', 'fwogzxivyxdze'],
  },
];
