import { hasValidCrc32Suffix } from '../checksums';
import { hasJoseHeader } from '../jose';
import type { TokenFormat } from './types';

// https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/
// Classic tokens: prefix + 30 random base62 + 6-char base62 CRC32 of the random part.
const CLASSIC: [prefix: string, kind: string][] = [
  ['ghp', 'personal access token'],
  ['gho', 'OAuth access token'],
  ['ghu', 'GitHub App user-to-server token'],
  ['ghs', 'GitHub App installation token'],
  ['ghr', 'GitHub App refresh token'],
];

export const githubFormats: TokenFormat[] = [
  ...CLASSIC.map(([prefix, kind]) => ({
    id: `github-${prefix}-token`,
    description: `GitHub ${kind}`,
    body: `${prefix}_[A-Za-z0-9]{36}`,
    keywords: [`${prefix}_`],
    check: hasValidCrc32Suffix,
  })),
  {
    // Fine-grained PATs: github_pat_ + 22 id chars + _ + 59 secret chars.
    id: 'github-fine-grained-pat',
    description: 'GitHub fine-grained personal access token',
    body: 'github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}',
    keywords: ['github_pat_'],
  },
  {
    // Stateless installation tokens (from 2026): ghs_ + app id + _ + a JWT signed by GitHub,
    // ~520 characters. https://github.blog/changelog/2026-04-24-notice-about-upcoming-new-format-for-github-app-installation-tokens/
    id: 'github-ghs-jwt-token',
    description: 'GitHub App installation token (stateless)',
    body: 'ghs_[0-9]{1,20}_eyJ[A-Za-z0-9_-]{8,2048}\\.eyJ[A-Za-z0-9_-]{8,8192}\\.[A-Za-z0-9_-]{16,2048}',
    keywords: ['ghs_'],
    check: (token) => hasJoseHeader(token.slice(token.indexOf('_', 4) + 1)),
  },
];
