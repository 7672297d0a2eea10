/**
 * A manager at the terminal: a lost card frozen and its balance moved to a new card at the counter;
 * the day's shifts reviewed on the manager dashboard, with the hourly chart, a drill-down and both CSV exports.
 */
import { expect, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { maskCode } from '../../shared/claim-code.js';
import { enterCode, fact, homeCurrency, money, redeemableCard, screenshot, signIn, type DemoData } from './cashier.js';
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

/** The UTC offset of a time zone at an instant, as ISO 8601 writes it: "-05:00". */
function offsetIn(timeZone: string, at: Date): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value;
  return name === 'GMT' || name === undefined ? '+00:00' : name.replace('GMT', '');
}

async function downloadCsv(page: Page, button: string): Promise<{ name: string; lines: string[][] }> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const download = await downloading;
  const csv = await readFile((await download.path()) ?? '', 'utf8');
  return {
    name: download.suggestedFilename(),
    lines: csv
      .trim()
      .split('\r\n')
      .map((row) => row.split(',')),
  };
}

test('a manager reviews the day: tiles, shifts, hourly chart, drill-down and both CSV exports', async ({
  page,
  demo,
}) => {
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
  // No pairing on the dashboard: that is in Settings.
  await expect(page.getByRole('main').getByText('Pair another terminal')).toHaveCount(0);
  const shifts = page.getByRole('table', { name: 'Shifts' });
  // The demo data brings a closed shift of its own; the cashier's shift of this test is the open one.
  const cashierRow = shifts.getByRole('row').filter({ hasText: cashierName }).filter({ hasText: 'Open' });
  const redeemedMinor = cards[0]!.balanceMinor + cards[1]!.balanceMinor;
  await expect(cashierRow).toContainText(money(demo, redeemedMinor));

  const { name: shiftsFile, lines: shiftLines } = await downloadCsv(page, 'Export shifts CSV');
  expect(shiftsFile).toMatch(/^shifts-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);
  const [header, ...rows] = shiftLines;
  expect(header?.join(',')).toBe(
    'shift_id,cashier,terminal,opened_at,closed_at,status,currency,redemptions,redeemed,full,partial,voids,voided,reversals,reversed,net,lockouts,cards_sold,sold,loads,loaded,refunds,refunded',
  );
  const cashierLine = rows.find((line) => line[1] === cashierName && line[5] === 'open');
  const digits = money(demo, redeemedMinor).replace(/[^\d.]/g, '');
  expect(cashierLine?.slice(7, 10)).toEqual(['2', digits, '2']);
  // Opened just now, written as the store's wall clock with the store's UTC offset.
  const timeZone = String(demo.store.timezone ?? 'UTC');
  const openedAt = cashierLine?.[3] ?? '';
  expect(openedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
  expect(openedAt.slice(-6)).toBe(offsetIn(timeZone, new Date()));
  expect(Math.abs(Date.parse(openedAt) - Date.now())).toBeLessThan(10 * 60_000);

  // The tiles sum the range; the cashier's two redemptions are among them.
  const tiles = page.getByRole('group', { name: /^Totals, / });
  const count = Number(
    await tiles
      .locator('dt', { hasText: /^Redemptions$/ })
      .locator('xpath=following-sibling::dd[1]')
      .textContent(),
  );
  expect(count).toBe(rows.reduce((sum, line) => sum + Number(line[7]), 0));

  // The transactions export beside it: one line per ledger activity, with the shift's cashier.
  const { name: transactionsFile, lines: activityLines } = await downloadCsv(page, 'Export transactions CSV');
  expect(transactionsFile).toMatch(/^transactions-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(activityLines[0]?.join(',')).toBe('activity_id,time,kind,card,amount,currency,shift_id,cashier,terminal');
  for (const card of cards) {
    const last4 = card.code.replace(/-/g, '').slice(-4);
    const line = activityLines.find((cells) => cells[3] === last4);
    const amount = money(demo, card.balanceMinor).replace(/[^\d.]/g, '');
    expect(line?.slice(2, 6)).toEqual(['redeem', last4, amount, homeCurrency(demo)]);
    expect(line?.[7]).toBe(cashierName);
    expect(line?.[1]?.slice(-6)).toBe(offsetIn(timeZone, new Date()));
  }
  const csvText = activityLines.map((cells) => cells.join(',')).join('\n');
  expect(csvText).not.toContain(cards[0]!.code.replace(/-/g, ''));

  // The chart is drawn from the ledger's activities: its total matches the shifts' redemption counts.
  const chartName = new RegExp(`^Redemptions per hour on .*: ${count} in total$`);
  await expect(page.getByRole('img', { name: chartName })).toBeVisible();
  await page.getByRole('tab', { name: 'Per hour' }).click();
  const hourly = page.getByRole('table', { name: /\(table\)$/ });
  await expect(hourly.getByRole('row').first()).toContainText('Hour');
  expect(await hourly.getByRole('row').count()).toBeGreaterThan(1);
  await page.getByRole('tab', { name: 'By cashier' }).click();
  await expect(page.getByRole('table', { name: 'By cashier' })).toContainText(cashierName);
  await screenshot(page, 'manager-02-chart');

  // Drill-down: the shift's own transactions in the same panel, and back.
  await page.getByRole('tab', { name: 'Shifts' }).click();
  await cashierRow.getByRole('button', { name: /^View transactions of / }).click();
  const transactions = page.getByRole('region', { name: 'Shift transactions' });
  await expect(transactions.getByRole('row')).toHaveCount(3);
  for (const card of cards) await expect(transactions).toContainText(masked(card.code));
  await expect(page.locator('body')).not.toContainText(cards[0]!.code);
  await transactions.getByRole('button', { name: 'Back to shifts' }).click();
  await expect(page.getByRole('table', { name: 'Shifts' })).toBeVisible();
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
    await expect(page.getByRole('status').filter({ hasText: 'Voided' })).toBeVisible();
    await page.getByRole('button', { name: 'Back to redeem' }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();

    await signIn(page, { ...demo, cashier: demo.manager });
    await page.getByRole('button', { name: 'Manager view' }).click();
    await page.getByRole('tab', { name: 'By cashier' }).click();
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
