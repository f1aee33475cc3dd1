import type { Rule } from '../../types';
import { providerRule } from './build';

// OpenWeather API keys: 32 hex, named by context.
export const openweatherRules: Rule[] = [
  providerRule({
    id: 'openweather-api-key',
    description: 'OpenWeather API key',
    provider: 'openweather',
    body: '[a-f0-9]{32}',
    context: ['openweather', 'open_weather', 'owm_api'],
    revoke: 'home.openweathermap.org > API keys > delete',
  }),
];
