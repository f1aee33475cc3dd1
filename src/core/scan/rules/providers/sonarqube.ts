import type { Rule } from '../../types';
import { providerRule } from './build';

// SonarQube/SonarCloud tokens: squ_ (user), sqp_ (project), sqa_ (global) + 40 hex.
export const sonarqubeRules: Rule[] = [
  providerRule({
    id: 'sonarqube-token',
    description: 'SonarQube token',
    provider: 'sonarqube',
    body: 'sq[pua]_[a-f0-9]{40}',
    keywords: ['sqp_', 'squ_', 'sqa_'],
    revoke: 'SonarQube > My Account > Security > Revoke',
  }),
];
