import type { Locator, Page } from './browser';

/**
 * What a user does in the workbench, through the UI only: keyboard, mouse and what is on screen.
 * Selectors are those recorded as working in code-server 4.139.1 (VS Code 1.139.1).
 */
export class Workbench {
  constructor(readonly page: Page) {}

  get quickInput(): Locator {
    return this.page.locator('.quick-input-widget .quick-input-box input');
  }

  quickInputRow(text: string | RegExp): Locator {
    return this.page.locator('.quick-input-widget .monaco-list-row', { hasText: text }).first();
  }

  toast(text: string | RegExp): Locator {
    return this.page.locator('.notifications-toasts .notification-toast', { hasText: text }).first();
  }

  treeRow(text: string | RegExp): Locator {
    // A row's accessible name is its tooltip when it has one, so rows are found by their visible text.
    return this.page.getByRole('treeitem').filter({ hasText: text }).first();
  }

  /**
   * F1, type the command's title, Enter. The palette lists what was registered when it opened:
   * if the extension's commands (or their `when` context) were not there yet, close and try again.
   */
  async runCommand(title: string, attempts = 6): Promise<void> {
    for (let attempt = 1; attempt <= attempts; attempt++) {
      await this.page.keyboard.press('F1');
      await this.quickInput.waitFor({ state: 'visible' });
      await this.quickInput.fill(`>${title}`);
      try {
        await this.quickInputRow(title).waitFor({ timeout: 5_000 });
        await this.page.keyboard.press('Enter');
        return;
      } catch {
        await this.page.keyboard.press('Escape');
      }
    }
    throw new Error(`The command "${title}" never showed up in the command palette.`);
  }

  /** Answers the open input box whose prompt contains `prompt`: replaces its text, then Enter. */
  async answerInput(prompt: string | RegExp, text: string): Promise<void> {
    await this.page.locator('.quick-input-widget', { hasText: prompt }).waitFor({ state: 'visible' });
    await this.quickInput.fill(text);
    await this.page.keyboard.press('Enter');
  }

  /** Types into the open input box key by key, as a user does: each keystroke reaches the extension's validation. */
  async typeInput(prompt: string | RegExp, text: string): Promise<void> {
    await this.page.locator('.quick-input-widget', { hasText: prompt }).waitFor({ state: 'visible' });
    await this.quickInput.fill('');
    await this.page.keyboard.type(text);
  }

  /** Ctrl+P, the file's name, Enter: the file opens in an editor. */
  async openFile(name: string): Promise<void> {
    await this.page.keyboard.press('Control+P');
    await this.quickInput.waitFor({ state: 'visible' });
    await this.quickInput.fill(name);
    await this.quickInputRow(name).waitFor();
    await this.page.keyboard.press('Enter');
  }

  /** Clicks a toast's close button (shown on hover), as a user dismisses a notification. */
  async dismiss(toast: Locator): Promise<void> {
    // Toasts without buttons hide by themselves after a while: then there is nothing to dismiss.
    if (!(await toast.isVisible())) return;
    await toast.hover();
    await toast.locator('.codicon-notifications-clear').click();
    await toast.waitFor({ state: 'hidden' });
  }

  /** The centre of what `locator` shows on screen. */
  async centreOf(locator: Locator): Promise<{ x: number; y: number }> {
    const box = await locator.boundingBox();
    if (!box) throw new Error('The element is not on screen.');
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }

  /**
   * Right-click `row`, then choose `action` from its context menu. A click that lands right after
   * the menu opens can be taken as the end of the right-click and ignored (the last CI run showed
   * the menu still open, the item highlighted): while the menu stays open, click the item again.
   */
  async contextMenuChoice(row: Locator, action: string): Promise<void> {
    await row.click({ button: 'right' });
    const menu = this.page.locator('.context-view .monaco-menu');
    const item = menu.locator('.action-label', { hasText: action }).first();
    for (let tries = 0; tries < 5; tries++) {
      if (tries === 0 || (await item.isVisible())) await item.click().catch(() => undefined);
      try {
        await menu.waitFor({ state: 'detached', timeout: 2_000 });
        return;
      } catch {
        // Still open: the click was not taken.
      }
    }
    throw new Error(`The context menu never took "${action}".`);
  }

  /**
   * Puts the cursor on the first error squiggle and opens its quick fixes (Ctrl+.) until `wanted`
   * is listed; returns the menu's rows. Ctrl+. opens the menu only once the editor has the actions
   * for the cursor (its light bulb shows), and a CI run saw the menu without the fix: the click may
   * have landed while a panel was still resizing the editor. So each try finds the squiggle again.
   */
  async quickFixes(wanted: string): Promise<Locator> {
    const rows = this.page.locator('.action-widget .monaco-list-row');
    for (let tries = 0; tries < 5; tries++) {
      const squiggle = await this.centreOf(this.page.locator('.editor-instance .squiggly-error').first());
      await this.page.mouse.click(squiggle.x, squiggle.y);
      try {
        await this.page.locator('.lightBulbWidget').waitFor({ timeout: 5_000 });
        await this.page.keyboard.press('Control+Period');
        await rows.filter({ hasText: wanted }).first().waitFor({ timeout: 3_000 });
        return rows;
      } catch {
        await this.page.keyboard.press('Escape');
      }
    }
    throw new Error(`The quick fixes never listed "${wanted}".`);
  }

  /** Waits for `locator`; when it never shows, the failure names the notifications on screen, which usually say why. */
  async shown(locator: Locator, timeout = 30_000): Promise<void> {
    try {
      await locator.waitFor({ timeout });
    } catch (error) {
      const toasts = await this.page.locator('.notifications-toasts .notification-toast').allInnerTexts();
      const said = toasts.length > 0 ? toasts.map((text) => text.replace(/\s+/g, ' ')).join(' | ') : 'none';
      throw new Error(`${(error as Error).message}\nNotifications on screen: ${said}`, { cause: error });
    }
  }

  /** Rests the mouse on `word` in the editor (monospace: its place inside the rendered span it is in). */
  async hoverText(word: string): Promise<void> {
    const span = this.page.locator('.editor-instance .view-line span span', { hasText: word }).first();
    const box = await span.boundingBox();
    if (!box) throw new Error(`"${word}" is not on screen.`);
    const text = await span.innerText();
    const middle = text.indexOf(word) + word.length / 2;
    await this.page.mouse.move(box.x + (box.width * middle) / text.length, box.y + box.height / 2);
  }

  /** The editor's visible text, one line per rendered line. */
  async editorText(): Promise<string> {
    // Monaco renders spaces as no-break spaces.
    return (await this.page.locator('.editor-instance .view-lines').first().innerText()).replace(/\u00a0/g, ' ');
  }
}
