import { datadogFormats } from '../../../providers/formats/datadog';
import type { Rule } from '../../types';
import { formatRule } from './build';

export const datadogRules: Rule[] = datadogFormats.map((format) =>
  formatRule(format, 'datadog', 'Datadog > Organization settings > API keys / Application keys'),
);
