// Format-agnostic rules. Order matters for dedupe between generic rules: the more specific
// shapes (key blocks, JWTs, URLs) come before the name-based assignments.
import type { Rule } from '../../types';
import { assignmentRules } from './assignments';
import { basicAuthUrlRules } from './basicAuthUrl';
import { connectionStringRules } from './connectionStrings';
import { httpHeaderRules } from './httpHeaders';
import { jwtRules } from './jwt';
import { privateKeyRules } from './privateKeys';

export const genericRules: Rule[] = [
  ...privateKeyRules,
  ...jwtRules,
  ...connectionStringRules,
  ...basicAuthUrlRules,
  ...httpHeaderRules,
  ...assignmentRules,
];
