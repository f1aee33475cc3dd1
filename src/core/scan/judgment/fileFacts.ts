// What is known about the file being scanned, for the judgment of each match in it: its role,
// its comment syntax, the text around a match. Computed once per file and only when a rule
// matched; every question reads a bounded part of the text, so a match in a megabyte-long file
// or line costs the same as any other.
import type { FileRole } from '../types';
import { isEncryptedDocument } from './ciphertext';
import { commentLineTest } from './comments';
import { fileRoleOf } from './fileRole';

/** How far back on its line a match's name is looked for. */
const LOOK_BEHIND = 200;
/**
 * How far back a line's start (and its comment marker) is looked for: a comment line is a
 * comment however much prose precedes the match, up to the length beyond which the engine
 * treats a line as minified code (windows.ts) and nothing is a comment line any more.
 */
const COMMENT_LOOK_BEHIND = 4096;
/** Words of code that authenticates: logins, sessions, bearer tokens, OAuth, JWTs, API keys. */
const AUTHENTICATION =
  /authori[sz]|authenticat|bearer|jwt|oauth|login|log_in|logged|sign[_-]?in|session|credential|passw|api[_-]?key|access[_-]?token/i;
/** The code around a match, either side, in which authentication must be mentioned (a function or two). */
const NEIGHBOURHOOD = 2000;

export class FileFacts {
  private encrypted?: boolean;
  readonly role: FileRole;
  private readonly commentLine: RegExp | undefined;

  constructor(
    readonly file: string,
    private readonly text: string,
  ) {
    this.role = fileRoleOf(file);
    this.commentLine = commentLineTest(file);
  }

  /** The line's text before `offset` (at most LOOK_BEHIND characters): the full name before a match that starts at a secret word. */
  lineBefore(offset: number): string {
    const window = this.text.slice(Math.max(0, offset - LOOK_BEHIND), offset);
    return window.slice(window.lastIndexOf('\n') + 1);
  }

  /**
   * Whether `offset` is on a comment line of the file's language (see comments.ts): a line
   * comment or a comment block's continuation line, whose start is at most
   * COMMENT_LOOK_BEHIND characters back.
   */
  inComment(offset: number): boolean {
    if (!this.commentLine) return false;
    const start = Math.max(0, offset - COMMENT_LOOK_BEHIND);
    const newline = this.text.slice(start, offset).lastIndexOf('\n');
    if (newline < 0 && start > 0) return false;
    const lineStart = start + newline + 1;
    return this.commentLine.test(this.text.slice(lineStart, Math.min(offset, lineStart + LOOK_BEHIND)));
  }

  /** Whether a file extension follows `offset` (`.png`, `.js`): the match was part of a file name. */
  isFileNameAt(offset: number): boolean {
    return /^\.(?:png|jpe?g|gif|svg|ico|webp|js|mjs|css|json|html?|woff2?|ttf|map|txt|pdf|zip|gz)\b/i.test(
      this.text.slice(offset, offset + 8),
    );
  }

  /** Whether the code around `offset` deals with authentication (see codePattern.ts). */
  mentionsAuthenticationNear(offset: number): boolean {
    return AUTHENTICATION.test(this.text.slice(Math.max(0, offset - NEIGHBOURHOOD), offset + NEIGHBOURHOOD));
  }

  get isEncrypted(): boolean {
    this.encrypted ??= isEncryptedDocument(this.text);
    return this.encrypted;
  }
}
