import { anthropicFormats } from '../../../providers/formats/anthropic';
import type { Rule } from '../../types';
import { formatRule, providerRule } from './build';

const CONSOLE = 'console.anthropic.com > API keys';
const SESSIONS = 'claude.ai > Settings: log out of the session or revoke the Claude Code token';

export const anthropicRules: Rule[] = [
  ...anthropicFormats.map((format) =>
    formatRule(format, 'anthropic', format.id === 'anthropic-oauth-token' ? SESSIONS : CONSOLE),
  ),
  providerRule({
    // A Claude Code remote session link lets whoever opens it drive that session.
    id: 'claude-code-session-url',
    description: 'Claude Code session URL',
    provider: 'anthropic',
    body: 'https?://claude\\.ai/code/session_[A-Za-z0-9]{16,64}',
    keywords: ['claude.ai/code/session_'],
    end: '(?![A-Za-z0-9])',
    revoke: SESSIONS,
  }),
];
