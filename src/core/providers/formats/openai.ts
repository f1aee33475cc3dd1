import type { TokenFormat } from './types';

// OpenAI secret keys embed `T3BlbkFJ` (base64 of "OpenAI") between two random halves;
// project, service-account and admin keys add a scope after `sk-`. Admin first: the general
// pattern also accepts `sk-admin-`, and the engine keeps the earlier rule on a tie.
export const openaiFormats: TokenFormat[] = [
  {
    id: 'openai-admin-key',
    description: 'OpenAI admin key',
    body: 'sk-admin-[A-Za-z0-9_-]{20,160}T3BlbkFJ[A-Za-z0-9_-]{20,160}',
    keywords: ['sk-admin-'],
  },
  {
    id: 'openai-api-key',
    description: 'OpenAI API key',
    body: 'sk-(?:proj-|svcacct-)?[A-Za-z0-9_-]{20,160}T3BlbkFJ[A-Za-z0-9_-]{20,160}',
    keywords: ['t3blbkfj'],
  },
];
