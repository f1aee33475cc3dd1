import type { Page } from './browser';

/**
 * The founding document's check "no real keys should be sent to the client", as a user's network
 * tab would see it: every WebSocket frame between the workbench page and code-server, and the page's
 * HTML, searched for a planted plaintext in the clear, as hex, and as base64 at any byte alignment.
 */
export type Direction = 'received' | 'sent';

interface Capture {
  /** `received`/`sent` for a WebSocket frame, `html` for a page snapshot. */
  kind: Direction | 'html';
  step: string;
  data: Buffer;
}

/** Where the capture stood at some moment: `leaks` can search only what came after it. */
export type Mark = number;

export interface Form {
  name: string;
  bytes: Buffer;
}

/**
 * The plaintext as it could appear in a frame or in HTML. Inside a longer base64 text the value's
 * own characters depend on where it starts modulo 3 bytes, so each alignment contributes the run of
 * base64 characters that encode value bits only (the same whatever surrounds the value).
 */
export function encodedForms(plaintext: string): Form[] {
  const value = Buffer.from(plaintext, 'utf8');
  const hex = value.toString('hex');
  const forms: Form[] = [
    { name: 'plaintext', bytes: value },
    { name: 'hex', bytes: Buffer.from(hex) },
    { name: 'HEX', bytes: Buffer.from(hex.toUpperCase()) },
  ];
  for (let shift = 0; shift < 3; shift++) {
    const encoded = Buffer.concat([Buffer.alloc(shift), value]).toString('base64');
    const inner = encoded.slice(Math.ceil((shift * 8) / 6), Math.floor(((shift + value.length) * 8) / 6));
    forms.push({ name: `base64+${shift}`, bytes: Buffer.from(inner) });
    const url = inner.replace(/\+/g, '-').replace(/\//g, '_');
    if (url !== inner) forms.push({ name: `base64url+${shift}`, bytes: Buffer.from(url) });
  }
  return forms;
}

export class LeakCheck {
  private readonly captures: Capture[] = [];
  private step = 'start';

  /** Records every frame of every WebSocket the page opens; call before the page loads. */
  attach(page: Page): void {
    page.on('websocket', (socket) => {
      socket.on('framereceived', ({ payload }) => this.record('received', payload));
      socket.on('framesent', ({ payload }) => this.record('sent', payload));
    });
  }

  record(kind: Capture['kind'], payload: string | Buffer): void {
    this.captures.push({ kind, step: this.step, data: typeof payload === 'string' ? Buffer.from(payload) : payload });
  }

  /** Names the scenario step that the following captures belong to (for the report). */
  enterStep(step: string): void {
    this.step = step;
  }

  /** Keeps the page's current HTML (after a step) with the frames. */
  async snapshot(page: Page): Promise<void> {
    this.record('html', await page.content());
  }

  mark(): Mark {
    return this.captures.length;
  }

  /** Frames and HTML snapshots seen so far. */
  count(kind: Capture['kind']): number {
    return this.captures.filter((capture) => capture.kind === kind).length;
  }

  /**
   * Every capture of the given kinds since `from` that holds a form of `plaintext`, described
   * without the value: e.g. `received frame #812 (step "add key"): base64+1`. `allowInHtml` names
   * the one place page HTML may still hold it (whole matches are cut out before searching).
   */
  leaks(plaintext: string, kinds: Capture['kind'][], from: Mark = 0, allowInHtml?: RegExp): string[] {
    const forms = encodedForms(plaintext);
    const found: string[] = [];
    this.captures.forEach((capture, index) => {
      if (index < from || !kinds.includes(capture.kind)) return;
      const data =
        capture.kind === 'html' && allowInHtml
          ? Buffer.from(capture.data.toString('utf8').replace(allowInHtml, ''))
          : capture.data;
      const hits = forms.filter((form) => data.includes(form.bytes)).map((form) => form.name);
      const what = capture.kind === 'html' ? 'page HTML' : `${capture.kind} frame`;
      if (hits.length > 0) found.push(`${what} #${index} (step "${capture.step}"): ${hits.join(', ')}`);
    });
    return found;
  }
}
