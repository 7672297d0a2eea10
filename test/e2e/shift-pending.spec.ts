/**
 * A redemption whose answer is lost stays "not yet settled" on the X report — on screen and on
 * paper, apart from the ledger's totals — until the terminal reaches the backend again; then it
 * settles and the X report counts it as a redemption. The fault proxy holds the request past the
 * host's timeout (the ledger cannot know it yet) and cuts the host's questions about it.
 */
import { expect } from '@playwright/test';
import { enterCode, money, redeemableCard, signIn } from './cashier.js';
import { test } from './fixtures.js';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test.use({ faultProxy: true, printer: { kind: 'escpos', state: 'ready', autoPrint: 'ask', columns: 42 } });

test('an outcome-unknown redemption shows as pending on the X report, then as a redemption once settled', async ({
  page,
  demo,
  faults,
  fakePrinter,
}) => {
  // Held for longer than the host waits for an answer (8 s), then delivered: a slow network.
  test.setTimeout(120_000);
  const card = redeemableCard(demo);
  await signIn(page, demo);
  faults.addRule({ mode: 'delay-request', delayMs: 25_000 });
  faults.addRule({ mode: 'drop-request', method: 'GET', pathPrefix: '/v1/redemptions/by-key/', times: 1_000 });

  await enterCode(page, card.code);
  await page.getByRole('button', { name: 'Amount' }).click();
  await page.getByRole('textbox', { name: 'Amount' }).fill('2.50');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Confirm redemption' }).click();
  await expect(
    page.getByRole('alert').getByRole('heading', { name: 'Outcome unknown — do not hand over goods' }),
  ).toBeVisible({ timeout: 20_000 });

  await page.getByRole('button', { name: 'Shift report' }).click();
  const totals = page.getByRole('group', { name: 'X report' });
  const pending = page.getByRole('group', { name: 'Not yet settled' });
  await expect(pending).toContainText('Not yet settled');
  await expect(pending.getByRole('definition').nth(0)).toHaveText('1');
  await expect(pending.getByRole('definition').nth(1)).toHaveText(money(demo, 250));
  // The ledger has not seen it: the totals do not count it.
  await expect(totals.getByRole('definition').first()).toHaveText('0');

  await page.getByRole('button', { name: 'Print X report' }).click();
  await expect.poll(() => fakePrinter.receipts()).toHaveLength(1);
  const printed = fakePrinter.receipts()[0] ?? '';
  expect(printed).toMatch(/Redemptions\s+0\n/);
  const flagged = printed.slice(printed.indexOf('NOT YET SETTLED'));
  expect(printed).toContain('NOT YET SETTLED');
  expect(flagged).toMatch(/Pending\s+1\n/);
  expect(flagged).toMatch(new RegExp(`Pending amount\\s+${escape(money(demo, 250))}\\n`));

  // The held request reaches the backend; then the host may ask about it again, and it settles.
  await faults.settled();
  faults.clearRules();
  await expect(pending).toBeHidden({ timeout: 45_000 });
  await expect(totals.getByRole('definition').first()).toHaveText('1');
  await expect(totals.getByRole('definition').nth(1)).toHaveText(money(demo, 250));
  await page.getByRole('button', { name: 'Print X report' }).click();
  await expect.poll(() => fakePrinter.receipts()).toHaveLength(2);
  expect(fakePrinter.receipts()[1]).toMatch(/Redemptions\s+1\n/);
  expect(fakePrinter.receipts()[1]).not.toContain('NOT YET SETTLED');
});
