/** POSIX sh single-quoting: the text is data to the shell, whatever characters it holds. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
