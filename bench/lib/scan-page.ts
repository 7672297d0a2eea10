/**
 * In-page timing for the scanning and counter benchmarks (run them with vite-node: tsx wraps
 * functions in a naming helper the page does not have, which breaks the init script). An init
 * script (it runs before the terminal's own scripts, so its window capture listeners fire before
 * any of the app's) stamps the last Enter
 * keydown and the last click; a MutationObserver stamps the first animation frame after the
 * awaited heading appears (the card's, "Card found" or "Card balance", unless reset names others). Both stamps use the page's own clock, so the figures carry no
 * Playwright round trips.
 */
import type { Browser, Page } from '@playwright/test';
import type { DemoData } from '../../scripts/start/demo-seed.js';

interface ProbeWindow {
  scanProbe: { startMs: number | null; shownMs: number | null; targets: string[]; reset(targets?: string[]): void };
}

/** The headings that say a looked-up card is on screen. */
const CARD_HEADINGS = ['Card found', 'Card balance'];

function installProbe(cardHeadings: string[]): void {
  const probe = {
    startMs: null as number | null,
    shownMs: null as number | null,
    targets: cardHeadings,
    reset(targets = cardHeadings) {
      probe.startMs = null;
      probe.shownMs = null;
      probe.targets = targets;
    },
  };
  (window as unknown as ProbeWindow).scanProbe = probe;
  const stamp = (event: Event) => {
    if (probe.startMs === null) probe.startMs = event.timeStamp;
  };
  window.addEventListener('keydown', (event) => event.key === 'Enter' && stamp(event), true);
  window.addEventListener('click', stamp, true);
  const cardShown = () =>
    [...document.querySelectorAll('h1, h2, h3')].some((heading) => probe.targets.includes(heading.textContent ?? ''));
  new MutationObserver(() => {
    if (probe.startMs === null || probe.shownMs !== null || !cardShown()) return;
    probe.shownMs = -1;
    requestAnimationFrame((frameMs) => (probe.shownMs = frameMs));
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

/** `prepare` runs on the new page before it loads the terminal (to add more init scripts). */
export async function openSignedIn(
  browser: Browser,
  launchUrl: string,
  demo: DemoData,
  prepare: (page: Page) => Promise<unknown> = async () => undefined,
): Promise<Page> {
  const page = await browser.newPage();
  await page.addInitScript(installProbe, CARD_HEADINGS);
  await prepare(page);
  await page.goto(launchUrl);
  const signedIn = page.getByRole('heading', { name: 'Redeem gift card' });
  const cashierId = page.getByRole('textbox', { name: 'Cashier ID' });
  // The host keeps the cashier's sign-in: a second page of the same terminal opens signed in.
  await cashierId.or(signedIn).first().waitFor();
  if (await signedIn.isVisible()) return page;
  await cashierId.fill(demo.cashier.id);
  await page.getByLabel('PIN', { exact: true }).fill(demo.cashier.pin);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Redeem gift card' }).waitFor();
  return page;
}

/** Clears the stamps; `headings` (default: the card's) name what counts as shown next. */
export async function resetProbe(page: Page, headings?: string[]): Promise<void> {
  await page.evaluate((targets) => (window as unknown as ProbeWindow).scanProbe.reset(targets), headings);
}

/** Waits until the card is on screen; returns start (Enter or click) → shown, in ms. */
export async function cardShownAfterMs(page: Page, timeoutMs = 15_000): Promise<number> {
  const handle = await page.waitForFunction(
    () => {
      const { startMs, shownMs } = (window as unknown as ProbeWindow).scanProbe;
      return startMs !== null && shownMs !== null && shownMs > 0 ? shownMs - startMs : null;
    },
    undefined,
    { timeout: timeoutMs },
  );
  return (await handle.jsonValue()) as number;
}

/** The Balance value of the "Card" fact list. */
export function balanceText(page: Page): Promise<string> {
  return page
    .getByRole('group', { name: 'Card', exact: true })
    .locator('dt', { hasText: /^Balance$/ })
    .locator('xpath=following-sibling::dd[1]')
    .innerText();
}

/**
 * The balance check: its card panel has "Next customer", which the redeem flow's does not, so
 * scans can follow one another as they would at a till. Next customer returns to the redeem tab.
 */
export async function startBalanceCheck(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Check balance' }).click();
  await page.getByRole('button', { name: 'Show balance' }).waitFor();
}

export async function nextCustomer(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Next customer' }).click();
  await page.getByRole('textbox', { name: 'Card code' }).waitFor();
}
