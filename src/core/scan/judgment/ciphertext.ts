// Encrypted secrets are the fix, not a leak: SOPS values (`ENC[AES256_GCM,data:...]`),
// dotenvx (`encrypted:...`), ansible-vault (`$ANSIBLE_VAULT;1.1;AES256`), Bitnami
// sealed-secrets manifests (`kind: SealedSecret`, whose encryptedData only the cluster's
// controller can open) and git-crypt files (which start with `\0GITCRYPT`).

const CIPHERTEXT_VALUE = /^(?:ENC\[(?:AES256_GCM|PGP|KMS)|encrypted:|\$ANSIBLE_VAULT;|!vault\b)/;
/** Documents that are wholly ciphertext plus public metadata. */
const ENCRYPTED_DOCUMENT =
  /^(?:\$ANSIBLE_VAULT;|\0GITCRYPT)|kind:[ \t]*["']?SealedSecret\b|"kind":[ \t]*"SealedSecret"|^sops:[ \t]*$|"sops":[ \t]*\{|^sops_(?:version|mac)=/m;

export function isCiphertextValue(secret: string): boolean {
  return CIPHERTEXT_VALUE.test(secret);
}

/**
 * Where the document markers sit: a vault or git-crypt header and a SealedSecret's kind at the
 * top, SOPS metadata at the end. Reading only both ends keeps a large file's check constant.
 */
const ENDS = 4096;

/** True for a whole document whose values are encrypted (checked once per file, lazily). */
export function isEncryptedDocument(text: string): boolean {
  if (text.length <= 2 * ENDS) return ENCRYPTED_DOCUMENT.test(text);
  return ENCRYPTED_DOCUMENT.test(text.slice(0, ENDS)) || ENCRYPTED_DOCUMENT.test(text.slice(-ENDS));
}
