import { huggingfaceFormats } from '../../../providers/formats/huggingface';
import type { Rule } from '../../types';
import { formatRule } from './build';

export const huggingfaceRules: Rule[] = huggingfaceFormats.map((format) =>
  formatRule(format, 'huggingface', 'huggingface.co > Settings > Access Tokens'),
);
