import type { Rule } from '../../types';
import { providerRule } from './build';

// Firebase Cloud Messaging legacy server keys: AAAA + 7 + `:APA91b` + 134.
const REVOKE = 'Firebase console > Project settings > Cloud Messaging / Service accounts';

export const firebaseRules: Rule[] = [
  providerRule({
    id: 'firebase-fcm-server-key',
    description: 'Firebase Cloud Messaging server key',
    provider: 'firebase',
    body: 'AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134}',
    keywords: [':apa91b'],
    revoke: REVOKE,
  }),
  providerRule({
    id: 'firebase-database-secret',
    description: 'Firebase Realtime Database secret',
    provider: 'firebase',
    body: '[A-Za-z0-9]{40}',
    context: ['firebase_secret', 'firebase_db_secret', 'firebase_database_secret'],
    revoke: REVOKE,
  }),
];
