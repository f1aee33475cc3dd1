import type { Rule } from '../../types';
import { providerRule } from './build';

// ImageKit private API keys: private_ and 28 base64 characters, named by context (`private_` alone
// is everywhere).
export const imagekitRules: Rule[] = [
  providerRule({
    id: 'imagekit-private-key',
    description: 'ImageKit private key',
    provider: 'imagekit',
    body: 'private_[A-Za-z0-9+/]{27}=',
    context: ['imagekit'],
    revoke: 'ImageKit dashboard > Developer options > regenerate the private key',
  }),
];
