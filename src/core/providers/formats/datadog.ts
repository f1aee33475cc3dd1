import type { TokenFormat } from './types';

// https://docs.datadoghq.com/account_management/api-app-keys/: API keys are 32 hex,
// application keys 40 hex; both are plain hex, so a Datadog name must precede them.
export const datadogFormats: TokenFormat[] = [
  {
    id: 'datadog-api-key',
    description: 'Datadog API key',
    body: '[a-f0-9]{32}',
    context: ['datadog_api', 'dd_api_key', 'datadog_key', 'dd_api'],
  },
  {
    id: 'datadog-app-key',
    description: 'Datadog application key',
    body: '[a-f0-9]{40}',
    context: ['datadog_app', 'dd_app_key', 'datadog_application', 'dd_application'],
  },
];
