// Insecure code patterns from the founding document (§6), reported as warnings.
import type { Rule } from '../../types';
import { decryptedResponseRules } from './decryptedResponse';
import { loggingRules } from './logging';
import { webStorageRules } from './webStorage';

export const insecureRules: Rule[] = [...loggingRules, ...webStorageRules, ...decryptedResponseRules];
