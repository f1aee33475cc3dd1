import { npmFormats } from '../../../providers/formats/npm';
import type { Rule } from '../../types';
import { formatRule } from './build';

export const npmRules: Rule[] = npmFormats.map((format) =>
  formatRule(format, 'npm', 'npmjs.com > Access Tokens, or npm token revoke'),
);
