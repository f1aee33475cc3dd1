// Mocha adds a config's `spec` to the files named on the command line, so with a fixed spec
// `mocha test/unit/mask.test.ts` would still queue every suite. The whole unit suite is the
// default only when the command line names no test file (a .ts/.js path or a glob).
const VALUE_OPTIONS = new Set(['--config', '--file', '--ignore', '--require', '-r', '--watch-files', '--watch-ignore']);
const argv = process.argv.slice(2);
const namesTestFiles = argv.some(
  (arg, i) => !arg.startsWith('-') && /\.[cm]?[jt]s$|\*/.test(arg) && !VALUE_OPTIONS.has(argv[i - 1]),
);

module.exports = {
  spec: namesTestFiles ? [] : ['test/unit/**/*.test.ts'],
  // tsx's require hook in mocha's own process: a node-option (--import tsx) would make mocha start a
  // second Node process with tsx's ESM loader, which costs more than most test files take to run.
  require: ['tsx/cjs'],
  timeout: 20000,
  reporter: 'spec',
  'watch-files': ['src/**/*.ts', 'test/**/*.ts'],
  'watch-ignore': ['test/fixtures/**', 'node_modules/**', 'dist/**'],
};
