// Database and broker URLs with an inline password (scheme://user:password@host), and the
// ADO.NET form used by SQL Server (Server=...;User ID=...;Password=...;).
import type { Rule } from '../../types';

const DOCS =
  'A connection string carries a password. Change the password, and read the URL from the environment or a secret store.';

const SCHEMES = '(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\\+srv)?|rediss?|amqps?|mssql|sqlserver)';

export const connectionStringRules: Rule[] = [
  {
    id: 'connection-string-url',
    description: 'Database connection string with a password',
    provider: 'connection-string',
    category: 'secret',
    keywords: ['postgres', 'mysql', 'mariadb', 'mongodb', 'redis', 'amqp', 'mssql', 'sqlserver'],
    // `+driver` covers SQLAlchemy-style schemes (postgresql+psycopg2://). User may be empty (redis://:pw@host).
    pattern: new RegExp(
      `(?<![\\w+.-])${SCHEMES}(?:\\+[a-z0-9]{1,20})?://[^:@/\\s'"\`]{0,256}:([^@\\s'"\`]{4,256})@[^\\s'"\`/@]{1,256}`,
      'i',
    ),
    secretGroup: 1,
    severity: 'error',
    generic: true,
    basis: 'context',
    passwordValues: true,
    docs: DOCS,
  },
  {
    id: 'connection-string-ado',
    description: 'SQL Server connection string with a password',
    provider: 'connection-string',
    category: 'secret',
    keywords: ['password', 'pwd'],
    // A server key first, then up to 16 more `key=value;` pairs, then the password.
    pattern:
      /(?<![\w])(?:Server|Data Source|Address|Addr|Host)\s{0,4}=[^;\n'"]{1,256};(?:[^;\n'"]{0,256};){0,16}?\s{0,4}(?:Password|Pwd)\s{0,4}=\s{0,4}([^;\s'"]{1,256})/i,
    secretGroup: 1,
    severity: 'error',
    generic: true,
    basis: 'context',
    passwordValues: true,
    docs: DOCS,
  },
];
