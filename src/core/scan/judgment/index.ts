// Judgment: the evidence a finding rests on, and where a false alarm is decided.
//   judge.ts          drops certain non-secrets, gathers evidence, asks confidence.ts
//   fileFacts.ts      what is known about the file: role, comment lines, text around a match
//   confidence.ts     the one place evidence becomes high / medium / low (or nothing)
//   fileRole.ts       config, source or sample (docs, tests, examples, vendored, generated)
//   placeholders.ts   template variables, stand-in values, keyboard-typed regularity
//   knownSamples.ts   public sample keys by digest (provider docs, specs, emulators)
//   envReferences.ts  values that read a secret from the environment instead of holding it
//   ciphertext.ts     SOPS, dotenvx, ansible-vault, sealed-secrets, git-crypt
//   genericValue.ts   what a value found by name alone really is (id, path, word, template...)
//   entropy.ts        Shannon entropy
export { FileFacts } from './fileFacts';
export { basisOf, judge } from './judge';
export type { Judgment } from './judgment';
export { fileRoleOf } from './fileRole';
