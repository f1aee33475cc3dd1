/**
 * The part of playwright-core's API the e2e scenario uses. playwright-core lives in the host cache
 * (test/host/setup.sh), not in the project's dependencies, so its own typings are not available to
 * the type-check; test/host/playwright.ts types the few calls the integration harness makes.
 */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Locator {
  first(): Locator;
  filter(options: { hasText?: string | RegExp }): Locator;
  locator(selector: string, options?: { hasText?: string | RegExp }): Locator;
  waitFor(options?: { state?: 'attached' | 'detached' | 'visible' | 'hidden'; timeout?: number }): Promise<void>;
  click(options?: { timeout?: number; button?: 'left' | 'right' | 'middle' }): Promise<void>;
  hover(options?: { timeout?: number }): Promise<void>;
  fill(value: string): Promise<void>;
  innerText(): Promise<string>;
  allInnerTexts(): Promise<string[]>;
  getAttribute(name: string): Promise<string | null>;
  boundingBox(): Promise<Box | null>;
  count(): Promise<number>;
  isVisible(): Promise<boolean>;
}

export interface WebSocketFrame {
  payload: string | Buffer;
}

export interface WebSocket {
  url(): string;
  on(event: 'framereceived' | 'framesent', listener: (frame: WebSocketFrame) => void): void;
}

export interface Page {
  goto(url: string): Promise<unknown>;
  on(event: 'websocket', listener: (socket: WebSocket) => void): void;
  locator(selector: string, options?: { hasText?: string | RegExp }): Locator;
  getByRole(role: string, options?: { name?: string | RegExp }): Locator;
  keyboard: {
    press(key: string): Promise<void>;
    type(text: string, options?: { delay?: number }): Promise<void>;
  };
  mouse: {
    move(x: number, y: number): Promise<void>;
    click(x: number, y: number): Promise<void>;
  };
  screenshot(options: { path: string }): Promise<unknown>;
  content(): Promise<string>;
  waitForTimeout(ms: number): Promise<void>;
}

export interface BrowserContext {
  pages(): Page[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}
