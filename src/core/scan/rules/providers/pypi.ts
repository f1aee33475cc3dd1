import { pypiFormats } from '../../../providers/formats/pypi';
import type { Rule } from '../../types';
import { formatRule } from './build';

export const pypiRules: Rule[] = pypiFormats.map((format) =>
  formatRule(format, 'pypi', 'pypi.org > Account settings > API tokens'),
);
