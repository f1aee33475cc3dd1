// Inputs built to make a backtracking regex blow up: runs of a rule's keywords, a keyword
// followed by an endless run of allowed characters with no terminator, unterminated quotes,
// repeated prefixes, long runs of `a`, `=`, base64, dashes and quotes. A linear regex gets
// through each in milliseconds; a catastrophic one does not get through at all. The ReDoS test
// runs every built-in rule over these at 1 MB; workspace rules are probed on them at load.
// Self-contained (no module-level names): the ReDoS test sends its source to a worker thread.
export function adversarialInputs(keywords: readonly string[], size: number): string[] {
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const fill = (unit: string, length = size) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  const common = [
    fill('a'),
    `${fill('a', size - 1)}!`,
    fill('='),
    fill(B64),
    fill('-'),
    fill(`"'`),
    fill(' \t'),
    fill('a:b@'),
    fill('://a:'),
    fill('-----BEGIN RSA PRIVATE KEY-----\n'),
    fill('eyJ'),
    fill('eyJhbGciOiJIUzI1NiJ9.'),
  ];
  const fromKeyword = (k: string) => [
    fill(k),
    k + fill('a', size - k.length),
    `${k}=${fill(B64, size)}`,
    `${k} = "${fill(B64, size)}`,
    fill(`${k}_${k}.`),
    fill(`${k}="${B64.slice(0, 20)}`),
    fill(`${k}${k.toUpperCase()}${B64.slice(0, 12)}\n`),
  ];
  return [...common, ...keywords.slice(0, 3).flatMap(fromKeyword)];
}
