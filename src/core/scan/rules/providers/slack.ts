import { slackFormats } from '../../../providers/formats/slack';
import type { Rule } from '../../types';
import { formatRule } from './build';

export const slackRules: Rule[] = slackFormats.map((format) =>
  formatRule(format, 'slack', 'api.slack.com/apps > your app > OAuth & Permissions or Incoming Webhooks', {
    // A webhook URL may be followed by a path separator or query in logs.
    ...(format.id === 'slack-webhook-url' ? { end: '(?![A-Za-z0-9])' } : {}),
  }),
);
