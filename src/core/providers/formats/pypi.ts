import type { TokenFormat } from './types';

// https://pypi.org/help/#apitoken: `pypi-` + a base64url macaroon whose header names the
// issuing index (`AgEIcHlwaS5vcmc` = "pypi.org", `AgENdGVzdC5weXBpLm9yZw` = "test.pypi.org").
export const pypiFormats: TokenFormat[] = [
  {
    id: 'pypi-upload-token',
    description: 'PyPI API token',
    body: 'pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,300}',
    keywords: ['pypi-ageichlwas5vcmc', 'pypi-agendgvzdc5wexbplm9yzw'],
  },
];
