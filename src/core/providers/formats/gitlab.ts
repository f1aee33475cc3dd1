import type { TokenFormat } from './types';

// https://docs.gitlab.com/security/tokens/#token-prefixes
// Legacy tokens are prefix + 20 base64url characters. Routable tokens (GitLab 17.x+) carry a
// base64url payload, then `.` + a 2-char version, then a base36 length/CRC trailer.
const ROUTABLE_TAIL = String.raw`[A-Za-z0-9_-]{27,300}\.[0-9a-z]{2}\.?[0-9a-z]{7,9}`;

export const gitlabFormats: TokenFormat[] = [
  {
    id: 'gitlab-pat',
    description: 'GitLab personal access token',
    body: 'glpat-[A-Za-z0-9_-]{20}',
    keywords: ['glpat-'],
  },
  {
    id: 'gitlab-pat-routable',
    description: 'GitLab routable personal access token',
    body: `glpat-${ROUTABLE_TAIL}`,
    keywords: ['glpat-'],
  },
  {
    id: 'gitlab-runner-token',
    description: 'GitLab runner authentication token',
    body: `glrt-(?:t\\d_)?(?:[A-Za-z0-9_-]{20}|${ROUTABLE_TAIL})`,
    keywords: ['glrt-'],
  },
  {
    id: 'gitlab-ci-build-token',
    description: 'GitLab CI/CD job token',
    body: `glcbt-(?:[0-9a-fA-F]{1,5}_)?(?:[A-Za-z0-9_-]{20}|${ROUTABLE_TAIL})`,
    keywords: ['glcbt-'],
  },
];
