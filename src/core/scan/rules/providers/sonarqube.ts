import type { Rule } from '../../types';
import { providerRule } from './build';

// SonarQube/SonarCloud tokens: squ_ (user), sqp_ (project), sqa_ (global) + 40 hex; older
// unprefixed 40-character tokens by their setting's name.
export const sonarqubeRules: Rule[] = [
  providerRule({
    id: 'sonarqube-token',
    description: 'SonarQube token',
    provider: 'sonarqube',
    body: 'sq[pua]_[a-fA-F0-9]{40}',
    keywords: ['sqp_', 'squ_', 'sqa_'],
    revoke: 'SonarQube > My Account > Security > Revoke',
  }),
  providerRule({
    // Older tokens have no prefix; scanners read them from sonar.login / SONAR_TOKEN.
    id: 'sonarqube-legacy-token',
    description: 'SonarQube token (unprefixed)',
    provider: 'sonarqube',
    body: '(?:sq[pua]_)?[A-Za-z0-9]{40}',
    context: ['sonar_login', 'sonar_token', 'sonarqube_token', 'sonarcloud_token'],
    exactContext: true,
    revoke: 'SonarQube > My Account > Security > Revoke',
  }),
];
