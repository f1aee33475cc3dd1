import { digitaloceanFormats } from '../../../providers/formats/digitalocean';
import type { Rule } from '../../types';
import { formatRule } from './build';

export const digitaloceanRules: Rule[] = digitaloceanFormats.map((format) =>
  formatRule(format, 'digitalocean', 'DigitalOcean control panel > API > Tokens'),
);
