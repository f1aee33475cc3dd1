import type { Rule } from '../../types';
import { providerRule } from './build';

// OpenShift OAuth access tokens: sha256~ + 43 base64url characters.
const REVOKE = 'oc delete oauthaccesstoken, or the web console > Copy login command > Delete';

export const openshiftRules: Rule[] = [
  providerRule({
    id: 'openshift-user-token',
    description: 'OpenShift user token',
    provider: 'openshift',
    body: 'sha256~[A-Za-z0-9_-]{43}',
    keywords: ['sha256~'],
    revoke: REVOKE,
  }),
];
