import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const screenshotDir = path.join('test-results', 'screenshots');

/** Debian's Chromium with a fresh profile; the flags keep it off the (absent) network. */
export async function launchBrowser(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = await fs.mkdtemp(path.join(os.tmpdir(), 'cf-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      await fs.rm(profile, { recursive: true, force: true });
    },
  };
}

/** Clicks the first Copy button and waits for it to say it copied (or, without clipboard access, selected). */
export async function copyWithButton(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Copy' }).first().click();
  await page
    .getByRole('status')
    .filter({ hasText: /Copied|Selected/ })
    .first()
    .waitFor();
}

export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await fs.mkdir(screenshotDir, { recursive: true });
  await capturePage(page, path.join(screenshotDir, `${name}.png`));
}

/**
 * A screenshot of the page, by default all of it, as a reader meets it scrolling: content-visibility would leave the
 * phone cards below the first screen unpainted in a full-page capture (app/phones.css), so they are drawn for it.
 */
export async function capturePage(page: Page, file: string, fullPage = true): Promise<void> {
  const drawAll = await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
  await page.evaluate(
    () => new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn))),
  );
  await page.screenshot({ path: file, fullPage });
  await drawAll.evaluate((style) => (style as HTMLStyleElement).remove());
}

/** One browser page for a test file: opened before its tests, closed after them. */
export function browserPageForFile(): { page: () => Page; context: () => BrowserContext } {
  let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.context.newPage();
  });
  afterAll(() => browser?.close());
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the browser is not open yet');
    return value;
  };
  return { page: () => ready(page), context: () => ready(browser).context };
}
