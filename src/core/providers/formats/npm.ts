import { hasValidCrc32Suffix } from '../checksums';
import type { TokenFormat } from './types';

// https://github.blog/2021-09-23-announcing-npms-new-access-token-format/
// npm_ + 30 random base62 + 6-char CRC32, the same scheme as GitHub's classic tokens.
export const npmFormats: TokenFormat[] = [
  {
    id: 'npm-access-token',
    description: 'npm access token',
    body: 'npm_[A-Za-z0-9]{36}',
    keywords: ['npm_'],
    check: hasValidCrc32Suffix,
  },
];
