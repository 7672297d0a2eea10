/**
 * The screen-fit check for the till sizes: the page does not scroll, and every visible button lies
 * inside the window with nothing drawn over its centre (document.elementFromPoint finds the button
 * or something inside it). While a dialog is open only its own buttons count: the rest sit under
 * the backdrop on purpose.
 */
import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

export const TILL_SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
] as const;

/** Where the state screenshots go (set TILLCARD_SHOTS_DIR to keep them somewhere else). */
const SHOTS_DIR = process.env.TILLCARD_SHOTS_DIR ?? 'test-results/screen-fit';

interface FitReport {
  scrollHeight: number;
  innerHeight: number;
  scrollWidth: number;
  innerWidth: number;
  problems: string[];
  buttons: number;
}

export async function expectFits(page: Page, state: string): Promise<void> {
  // Let focus moves and late layout settle before measuring.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const size = page.viewportSize();
  mkdirSync(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: `${SHOTS_DIR}/${size?.width ?? 0}x${size?.height ?? 0}-${state}.png` });
  const report = await page.evaluate((): FitReport => {
    const scroller = document.scrollingElement ?? document.documentElement;
    const dialog = document.querySelector('[role="dialog"]');
    const scope = dialog ?? document;
    const problems: string[] = [];
    let buttons = 0;
    for (const button of scope.querySelectorAll<HTMLElement>('button, [role="button"], [role="tab"]')) {
      const box = button.getBoundingClientRect();
      const style = getComputedStyle(button);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;
      buttons += 1;
      const name = (button.getAttribute('aria-label') ?? button.textContent ?? '').trim();
      if (box.left < 0 || box.top < 0 || box.right > window.innerWidth || box.bottom > window.innerHeight) {
        problems.push(`"${name}" lies outside the window (${Math.round(box.top)}–${Math.round(box.bottom)} px)`);
        continue;
      }
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      if (hit === null || !(hit === button || button.contains(hit))) {
        const by = hit === null ? 'nothing' : `${hit.tagName.toLowerCase()}.${hit.className}`;
        problems.push(`"${name}" is covered at its centre by ${by}`);
      }
    }
    return {
      scrollHeight: scroller.scrollHeight,
      innerHeight: window.innerHeight,
      scrollWidth: scroller.scrollWidth,
      innerWidth: window.innerWidth,
      problems,
      buttons,
    };
  });
  expect(report.scrollHeight, `${state}: the page scrolls vertically`).toBeLessThanOrEqual(report.innerHeight);
  expect(report.scrollWidth, `${state}: the page scrolls sideways`).toBeLessThanOrEqual(report.innerWidth);
  expect(report.problems, `${state}: buttons out of reach`).toEqual([]);
  expect(report.buttons, `${state}: no button found at all`).toBeGreaterThan(0);
}
