// Founding doc §6 "Never store keys in frontend" (its example stores a key under 'apiKey'
// in localStorage). Web storage is readable by any script on the origin, so one XSS leaks every stored key.
import type { Rule } from '../../types';
import { SECRET_IDENTIFIER } from '../generic/secretNames';

const STORAGE = '(?<![\\w$])(?:local|session)Storage';
const DOCS =
  'Web storage is readable by any script on the page. Keep keys on the server and give the browser a short-lived session instead.';

export const webStorageRules: Rule[] = [
  {
    id: 'insecure-web-storage-setitem',
    description: 'Secret written to browser storage with setItem',
    provider: 'insecure',
    category: 'insecure-pattern',
    keywords: ['localstorage', 'sessionstorage'],
    // Either the storage key is secret-named ('apiKey') or the stored value is (…, token).
    pattern: new RegExp(
      `${STORAGE}\\.setItem\\(\\s{0,4}(?:['"\`]|[^,)\\n]{0,100},\\s{0,4}(?:[\\w$]{1,40}\\.){0,3})(${SECRET_IDENTIFIER})`,
      'i',
    ),
    secretGroup: 1,
    severity: 'warning',
    docs: DOCS,
  },
  {
    id: 'insecure-web-storage-assignment',
    description: 'Secret written to browser storage by assignment',
    provider: 'insecure',
    category: 'insecure-pattern',
    keywords: ['localstorage', 'sessionstorage'],
    pattern: new RegExp(
      `${STORAGE}(?:\\.|\\[\\s{0,4}['"\`])(${SECRET_IDENTIFIER})['"\`]?\\s{0,4}\\]?\\s{0,4}=(?![=>])`,
      'i',
    ),
    secretGroup: 1,
    severity: 'warning',
    docs: DOCS,
  },
];
