import type { Rule } from '../../types';
import { providerRule } from './build';

// WeatherAPI.com keys: 31 hex, named by context.
export const weatherapiRules: Rule[] = [
  providerRule({
    id: 'weatherapi-api-key',
    description: 'WeatherAPI.com API key',
    provider: 'weatherapi',
    body: '[a-f0-9]{31}',
    context: ['weatherapi', 'weather_api'],
    revoke: 'weatherapi.com > Account > API key > regenerate',
  }),
];
