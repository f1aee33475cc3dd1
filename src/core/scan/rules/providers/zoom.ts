import type { Rule } from '../../types';
import { providerRule } from './build';

// Zoom OAuth client, JWT API and SDK secrets: 32 alphanumerics, named by context.
export const zoomRules: Rule[] = [
  providerRule({
    id: 'zoom-client-secret',
    description: 'Zoom client or SDK secret',
    provider: 'zoom',
    body: '[A-Za-z0-9]{32}',
    context: ['zoom_client_secret', 'zoom_api_secret', 'zoom_secret', 'zoom_sdk_secret'],
    revoke: 'marketplace.zoom.us > Manage > app > regenerate the client secret',
  }),
];
