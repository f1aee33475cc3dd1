import { anthropicFormats } from '../../../providers/formats/anthropic';
import type { Rule } from '../../types';
import { formatRule } from './build';

export const anthropicRules: Rule[] = anthropicFormats.map((format) =>
  formatRule(format, 'anthropic', 'console.anthropic.com > API keys'),
);
