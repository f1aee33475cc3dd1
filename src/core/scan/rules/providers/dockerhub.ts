import type { Rule } from '../../types';
import { providerRule } from './build';

// Docker Hub personal (dckr_pat_) and organisation (dckr_oat_) access tokens.
const REVOKE = 'Docker Hub > Account settings > Personal access tokens';

export const dockerhubRules: Rule[] = [
  providerRule({
    id: 'dockerhub-pat',
    description: 'Docker Hub personal access token',
    provider: 'dockerhub',
    body: 'dckr_pat_[A-Za-z0-9_-]{27}',
    keywords: ['dckr_pat_'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'dockerhub-org-token',
    description: 'Docker Hub organisation access token',
    provider: 'dockerhub',
    body: 'dckr_oat_[A-Za-z0-9_-]{32}',
    keywords: ['dckr_oat_'],
    revoke: REVOKE,
  }),
];
