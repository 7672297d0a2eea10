/**
 * Shift reports on paper: with a network ESC/POS printer and auto-print on, the cashier prints the
 * X report on request and the Z report prints itself at close, with the ledger's totals.
 */
import { expect, type Page } from '@playwright/test';
import { maskCode } from '../../shared/claim-code.js';
import { enterCode, money, redeemableCard, signIn } from './cashier.js';
import { test } from './fixtures.js';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function redeemCents(page: Page, code: string, amount: string): Promise<void> {
  await enterCode(page, code);
  await page.getByRole('button', { name: 'Amount' }).click();
  await page.getByRole('textbox', { name: 'Amount' }).fill(amount);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Confirm redemption' }).click();
  await expect(page.getByRole('heading', { name: 'Approved' })).toBeVisible();
  await page.getByRole('button', { name: 'Next customer' }).click();
}

test.describe('shift reports on a network ESC/POS printer', () => {
  test.use({ printer: { kind: 'escpos', state: 'ready', autoPrint: 'always', columns: 42 } });

  test('the X report prints on request and the Z report prints at close with the totals', async ({
    page,
    demo,
    fakePrinter,
  }) => {
    const first = redeemableCard(demo, 0);
    const second = redeemableCard(demo, 1);
    await signIn(page, demo);
    await redeemCents(page, first.code, '2.50');
    await redeemCents(page, second.code, '1.25');
    // Each approved redemption printed its own receipt.
    await expect.poll(() => fakePrinter.receipts()).toHaveLength(2);

    await page.getByRole('button', { name: 'Shift report' }).click();
    await expect(page.getByRole('heading', { name: 'X report — shift open' })).toBeVisible();
    await page.getByRole('button', { name: 'Print X report' }).click();
    await expect.poll(() => fakePrinter.receipts()).toHaveLength(3);
    const xReport = fakePrinter.receipts()[2] ?? '';
    expect(xReport).toContain('X report (shift open)');
    expect(xReport).toMatch(/Redemptions\s+2\n/);
    expect(xReport).toMatch(new RegExp(`Net redeemed\\s+${escape(money(demo, 375))}\\n`));

    // A manager voids the second redemption from the X report's list.
    const secondLast4 = maskCode(second.code.replace(/-/g, '').slice(-4));
    const redemptions = page.getByRole('table', { name: 'Redemptions' });
    await redemptions.getByRole('button', { name: `Void ${secondLast4}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Manager ID' }).fill(demo.manager.id);
    await dialog.getByLabel('Manager PIN').fill(demo.manager.pin);
    await dialog.getByRole('button', { name: 'Approve void' }).click();
    // What the void did shows beside the X report's totals, which now count it.
    await expect(page.getByRole('status').filter({ hasText: 'Voided:' })).toContainText(
      `Voided: ${money(demo, 125)} returned to ${secondLast4}`,
    );
    // The void's receipt prints itself (auto-print is on).
    await expect.poll(() => fakePrinter.receipts()).toHaveLength(4);
    expect(fakePrinter.receipts()[3]).toMatch(new RegExp(`Returned to card\\s+${escape(money(demo, 125))}\\n`));

    await page.getByRole('button', { name: 'Close shift' }).click();
    await page.getByRole('button', { name: 'Yes, close shift' }).click();
    await expect(page.getByRole('heading', { name: 'Z report — shift closed' })).toBeVisible();
    // Auto-print is on: the Z report prints without a click.
    await expect.poll(() => fakePrinter.receipts()).toHaveLength(5);
    const zReport = fakePrinter.receipts()[4] ?? '';
    expect(zReport).toContain('Z report (shift closed)');
    expect(zReport).toMatch(/Redemptions\s+2\n/);
    expect(zReport).toMatch(/\npartial\s+2\n/);
    expect(zReport).toMatch(new RegExp(`Redeemed\\s+${escape(money(demo, 375))}\\n`));
    expect(zReport).toMatch(/Voids\s+1\n/);
    expect(zReport).toMatch(new RegExp(`Voided\\s+${escape(money(demo, 125))}\\n`));
    expect(zReport).toMatch(new RegExp(`Net redeemed\\s+${escape(money(demo, 250))}\\n`));

    // Print Z report on request gives a second copy of the same totals.
    await page.getByRole('button', { name: 'Print Z report' }).click();
    await expect.poll(() => fakePrinter.receipts()).toHaveLength(6);
    expect(fakePrinter.receipts()[5]).toMatch(new RegExp(`Net redeemed\\s+${escape(money(demo, 250))}\\n`));
    // No full card code ever reaches the paper.
    const bytes = fakePrinter.bytes().toString('latin1');
    for (const card of [first, second]) expect(bytes).not.toContain(card.code.replace(/-/g, ''));
  });
});
