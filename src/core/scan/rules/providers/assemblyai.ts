import type { Rule } from '../../types';
import { nameKeywords, providerRule } from './build';

// AssemblyAI API keys: 32 hex, named by context (`assembly` alone is a .NET word, so the keywords
// keep the `ai`).
export const assemblyaiRules: Rule[] = [
  providerRule({
    id: 'assemblyai-api-key',
    description: 'AssemblyAI API key',
    provider: 'assemblyai',
    body: '[a-f0-9]{32}',
    context: ['assemblyai', 'assembly_ai'],
    keywords: nameKeywords('assembly', ['ai']),
    revoke: 'AssemblyAI dashboard > API keys > reset',
  }),
];
