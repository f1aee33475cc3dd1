import type { Rule } from '../../types';
import { providerRule } from './build';

// SurveyMonkey access tokens: long base64url strings, named by context.
export const surveymonkeyRules: Rule[] = [
  providerRule({
    id: 'surveymonkey-access-token',
    description: 'SurveyMonkey access token',
    provider: 'surveymonkey',
    body: '[A-Za-z0-9._-]{60,200}',
    context: ['surveymonkey'],
    revoke: 'developer.surveymonkey.com > My apps > regenerate the token',
  }),
];
