import { linearFormats } from '../../../providers/formats/linear';
import type { Rule } from '../../types';
import { formatRule } from './build';

export const linearRules: Rule[] = linearFormats.map((format) =>
  formatRule(format, 'linear', 'Linear > Settings > Account > Security & access'),
);
