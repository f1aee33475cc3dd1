import type { Rule } from '../../types';
import { providerRule } from './build';

// Cloudinary URLs embed the API key and secret: cloudinary://key:secret@cloud.
export const cloudinaryRules: Rule[] = [
  providerRule({
    id: 'cloudinary-url',
    description: 'Cloudinary URL with API secret',
    provider: 'cloudinary',
    body: 'cloudinary://[0-9]{10,20}:[A-Za-z0-9_-]{20,40}@[a-z0-9_-]{2,64}',
    keywords: ['cloudinary://'],
    revoke: 'Cloudinary console > Settings > API Keys',
  }),
];
