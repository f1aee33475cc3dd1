import type { Rule } from '../../types';
import { providerRule } from './build';

// AccuWeather API keys: 32 alphanumerics, named by context.
export const accuweatherRules: Rule[] = [
  providerRule({
    id: 'accuweather-api-key',
    description: 'AccuWeather API key',
    provider: 'accuweather',
    body: '[A-Za-z0-9]{32}',
    context: ['accuweather'],
    revoke: 'developer.accuweather.com > My apps > delete the key',
  }),
];
