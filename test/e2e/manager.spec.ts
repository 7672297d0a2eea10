/**
 * A manager at the terminal: a lost card frozen and its balance moved to a new card at the counter;
 * the day's shifts reviewed in the manager view, with the hourly chart, a drill-down and CSV export.
 */
import { expect, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { maskCode } from '../../shared/claim-code.js';
import { enterCode, fact, money, redeemableCard, screenshot, signIn, type DemoData } from './cashier.js';
import { test } from './fixtures.js';

async function approveAsManager(page: Page, demo: DemoData, submit: string, reason?: string): Promise<void> {
  const dialog = page.getByRole('dialog');
  if (reason !== undefined) await dialog.getByRole('textbox', { name: 'Reason' }).fill(reason);
  await dialog.getByRole('textbox', { name: 'Manager ID' }).fill(demo.manager.id);
  await dialog.getByLabel('Manager PIN').fill(demo.manager.pin);
  await dialog.getByRole('button', { name: submit }).click();
  await expect(dialog).toBeHidden();
}

const masked = (code: string) => maskCode(code.replace(/-/g, '').slice(-4));
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test.describe('a lost card at the counter, with a network ESC/POS printer', () => {
  test.use({ printer: { kind: 'escpos', state: 'ready', autoPrint: 'ask', columns: 42 } });

  test('a lost card is frozen and its balance moved to a new card; one receipt prints per card', async ({
    page,
    demo,
    fakePrinter,
  }) => {
    const lost = redeemableCard(demo, 0);
    const replacement = redeemableCard(demo, 1);
    await signIn(page, demo);
    await page.getByRole('tab', { name: 'Check balance' }).click();
    await enterCode(page, lost.code);
    await page.getByRole('button', { name: 'Report lost or stolen' }).click();
    await approveAsManager(page, demo, 'Approve freeze', 'Reported stolen');
    await expect(fact(page, 'Card', 'Status')).toHaveText('Frozen');

    await page.getByRole('button', { name: 'Move balance to a new card' }).click();
    await page.getByRole('dialog').getByRole('textbox', { name: 'New card code' }).fill(replacement.code);
    await approveAsManager(page, demo, 'Approve transfer');
    await expect(page.getByRole('status').filter({ hasText: 'Moved' })).toHaveText(
      `Moved ${money(demo, lost.balanceMinor)} from ${masked(lost.code)} to ${masked(replacement.code)}. ` +
        `New card balance: ${money(demo, lost.balanceMinor + replacement.balanceMinor)}`,
    );
    await expect(fact(page, 'Card', 'Balance')).toHaveText(money(demo, 0));
    await screenshot(page, 'manager-01-transfer');

    // Two slips: the frozen card's (balance moved out, now zero) and the new card's (moved in).
    await page.getByRole('button', { name: 'Print transfer receipts' }).click();
    await expect.poll(() => fakePrinter.receipts()).toHaveLength(2);
    const [frozenSlip, newSlip] = fakePrinter.receipts();
    const moved = escapeRegExp(money(demo, lost.balanceMinor));
    expect(frozenSlip).toContain('Lost card: balance moved out');
    expect(frozenSlip).toMatch(new RegExp(`Frozen card\\s+${escapeRegExp(masked(lost.code))}\\n`));
    expect(frozenSlip).toMatch(new RegExp(`Moved out\\s+${moved}\\n`));
    expect(frozenSlip).toMatch(new RegExp(`Card balance\\s+${escapeRegExp(money(demo, 0))}\\n`));
    expect(newSlip).toContain('New card: balance moved in');
    expect(newSlip).toMatch(new RegExp(`New card\\s+${escapeRegExp(masked(replacement.code))}\\n`));
    expect(newSlip).toMatch(new RegExp(`Moved in\\s+${moved}\\n`));
    const newBalance = escapeRegExp(money(demo, lost.balanceMinor + replacement.balanceMinor));
    expect(newSlip).toMatch(new RegExp(`Card balance\\s+${newBalance}\\n`));
    for (const slip of [frozenSlip, newSlip]) {
      expect(slip).not.toContain(lost.code.replace(/-/g, ''));
      expect(slip).not.toContain(replacement.code.replace(/-/g, ''));
    }

    // The backend agrees: the new card holds both balances; the lost one can no longer be redeemed.
    await page.getByRole('button', { name: 'Next customer' }).click();
    await page.getByRole('tab', { name: 'Check balance' }).click();
    await enterCode(page, replacement.code);
    await expect(fact(page, 'Card', 'Balance')).toHaveText(money(demo, lost.balanceMinor + replacement.balanceMinor));
    await page.getByRole('button', { name: 'Next customer' }).click();
    await page.getByRole('tab', { name: 'Redeem' }).click();
    await enterCode(page, lost.code);
    await expect(page.getByRole('button', { name: 'Confirm redemption' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Full balance' })).toHaveCount(0);
    await expect(page.locator('body')).not.toContainText(lost.code);
  });
});

test('a manager reviews the day: shifts, hourly chart, drill-down and CSV', async ({ page, demo }) => {
  const cards = [redeemableCard(demo, 0), redeemableCard(demo, 1)];
  await signIn(page, demo);
  const cashierName = (await page.getByRole('contentinfo').locator('strong').first().textContent()) ?? '';
  for (const card of cards) {
    await enterCode(page, card.code);
    await page.getByRole('button', { name: 'Full balance' }).click();
    await page.getByRole('button', { name: 'Confirm redemption' }).click();
    await expect(page.getByRole('heading', { name: 'Approved' })).toBeVisible();
    await page.getByRole('button', { name: 'Next customer' }).click();
  }
  await page.getByRole('button', { name: 'Sign out' }).click();

  await signIn(page, { ...demo, cashier: demo.manager });
  await page.getByRole('button', { name: 'Manager view' }).click();
  await expect(page.getByRole('heading', { name: 'Manager view' })).toBeVisible();
  const shifts = page.getByRole('table', { name: 'Shifts' });
  // The demo data brings a closed shift of its own; the cashier's shift of this test is the open one.
  const cashierRow = shifts
    .getByRole('row')
    .filter({ hasText: cashierName })
    .filter({ has: page.getByRole('cell', { name: 'Open', exact: true }) });
  const redeemedMinor = cards[0]!.balanceMinor + cards[1]!.balanceMinor;
  await expect(cashierRow).toContainText(money(demo, redeemedMinor));
  await expect(page.getByRole('table', { name: 'By cashier' })).toContainText(cashierName);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^shifts-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await download.path()) ?? '', 'utf8');
  const [header, ...rows] = csv.trim().split('\r\n');
  expect(header).toBe(
    'shift_id,cashier,terminal,opened_at,closed_at,status,currency,redemptions,redeemed,full,partial,voids,voided,reversals,reversed,net,lockouts',
  );
  const cells = rows.map((row) => row.split(','));
  const cashierLine = cells.find((line) => line[1] === cashierName && line[5] === 'open');
  const digits = money(demo, redeemedMinor).replace(/[^\d.]/g, '');
  expect(cashierLine?.slice(7, 10)).toEqual(['2', digits, '2']);
  expect(csv).not.toContain(cards[0]!.code.replace(/-/g, ''));

  // The chart is drawn from the ledger's activities: its total matches the shifts' redemption counts.
  const csvRedemptions = cells.reduce((sum, line) => sum + Number(line[7]), 0);
  await page.getByRole('button', { name: 'Show chart' }).click();
  const chartName = new RegExp(`^Redemptions per hour on .*: ${csvRedemptions} in total$`);
  await expect(page.getByRole('img', { name: chartName })).toBeVisible();
  const hourly = page.getByRole('table', { name: /\(table\)$/ });
  await expect(hourly.getByRole('row').first()).toContainText('Hour');
  const hourRows = hourly.getByRole('row');
  expect(await hourRows.count()).toBeGreaterThan(1);
  await screenshot(page, 'manager-02-chart');

  await cashierRow.getByRole('button', { name: /^Transactions of / }).click();
  const transactions = page.getByRole('region', { name: 'Shift transactions' });
  await expect(transactions.getByRole('row')).toHaveCount(3);
  for (const card of cards) await expect(transactions).toContainText(masked(card.code));
  await expect(page.locator('body')).not.toContainText(cards[0]!.code);
});

test.describe("the store's shift report on a network ESC/POS printer", () => {
  test.use({ printer: { kind: 'escpos', state: 'ready', autoPrint: 'ask', columns: 42 } });

  test("a manager prints the day's report: the cashier's totals and the void", async ({ page, demo, fakePrinter }) => {
    const first = redeemableCard(demo, 0);
    const second = redeemableCard(demo, 1);
    await signIn(page, demo);
    const cashierName = (await page.getByRole('contentinfo').locator('strong').first().textContent()) ?? '';
    for (const [card, amount] of [
      [first, '2.50'],
      [second, '1.25'],
    ] as const) {
      await enterCode(page, card.code);
      await page.getByRole('button', { name: 'Amount' }).click();
      await page.getByRole('textbox', { name: 'Amount' }).fill(amount);
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: 'Confirm redemption' }).click();
      await expect(page.getByRole('heading', { name: 'Approved' })).toBeVisible();
      await page.getByRole('button', { name: 'Next customer' }).click();
    }
    // A manager voids the second redemption at the counter, from the X report's list.
    await page.getByRole('button', { name: 'Shift report' }).click();
    const redemptions = page.getByRole('table', { name: 'Redemptions' });
    await redemptions.getByRole('button', { name: `Void ${masked(second.code)}` }).click();
    await approveAsManager(page, demo, 'Approve void');
    await expect(redemptions.getByRole('status')).toContainText('Voided');
    await page.getByRole('button', { name: 'Back to redeem' }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();

    await signIn(page, { ...demo, cashier: demo.manager });
    await page.getByRole('button', { name: 'Manager view' }).click();
    await expect(page.getByRole('table', { name: 'By cashier' })).toContainText(cashierName);
    // Nothing printed before the manager asks (auto-print only concerns redemptions, voids and Z).
    expect(fakePrinter.receipts()).toHaveLength(0);
    await page.getByRole('button', { name: 'Print report' }).click();
    await expect.poll(() => fakePrinter.receipts()).toHaveLength(1);
    const report = fakePrinter.receipts()[0] ?? '';
    expect(report).toContain('Store shift report');
    const amount = (minor: number) => escapeRegExp(money(demo, minor));
    // Paper and screen agree on the cashier's totals (the demo data adds a shift of its own to the
    // day); the void made above is among them.
    const row = page.getByRole('table', { name: 'By cashier' }).getByRole('row').filter({ hasText: cashierName });
    const [count, redeemed, voidCount, voided, net] = await row.getByRole('cell').allTextContents();
    expect([voidCount, voided]).toEqual(['1', money(demo, 125)]);
    expect(Number(count)).toBeGreaterThanOrEqual(2);
    const byCashier = report.slice(report.indexOf('By cashier'), report.indexOf('By terminal'));
    expect(byCashier).toMatch(
      new RegExp(
        [
          `${escapeRegExp(cashierName)}\\s+${escapeRegExp(net ?? '')}`,
          `Redeemed \\(${count ?? ''}\\)\\s+${escapeRegExp(redeemed ?? '')}`,
          `Voided \\(1\\)\\s+${amount(125)}\\n`,
        ].join('\\n'),
      ),
    );
    const voids = report.slice(report.search(/\n\s*Voids\n/));
    expect(voids).toMatch(new RegExp(`${escapeRegExp(masked(second.code))}\\s+${amount(125)}\\n`));
    expect(voids).toMatch(new RegExp(`Cashier\\s+${escapeRegExp(cashierName)}\\n`));
    for (const card of [first, second]) expect(report).not.toContain(card.code.replace(/-/g, ''));
  });
});
