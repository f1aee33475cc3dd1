import { openaiFormats } from '../../../providers/formats/openai';
import type { Rule } from '../../types';
import { formatRule } from './build';

export const openaiRules: Rule[] = openaiFormats.map((format) =>
  formatRule(format, 'openai', 'platform.openai.com > API keys'),
);
