// Format-agnostic rules. Order matters for dedupe between generic rules: the more specific
// shapes (key blocks, JWTs, URLs) come before the name-based assignments.
import type { Rule } from '../../types';
import { appSecretRules } from './appSecrets';
import { assignmentRules } from './assignments';
import { basicAuthUrlRules } from './basicAuthUrl';
import { commandLineRules } from './commandLines';
import { connectionStringRules } from './connectionStrings';
import { credentialFileRules } from './credentialFiles';
import { credentialHashRules } from './credentialHashes';
import { httpHeaderRules } from './httpHeaders';
import { jwtRules } from './jwt';
import { logLineRules } from './logLines';
import { privateKeyRules } from './privateKeys';

export const genericRules: Rule[] = [
  ...privateKeyRules,
  ...jwtRules,
  ...appSecretRules,
  ...connectionStringRules,
  ...basicAuthUrlRules,
  ...commandLineRules,
  ...credentialFileRules,
  ...httpHeaderRules,
  ...assignmentRules,
  ...logLineRules,
  ...credentialHashRules,
];
