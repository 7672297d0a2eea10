import { test, expect } from './fixtures';
import { formatCode, maskCode } from '../../shared/claim-code.js';
import { fact, money, redeemableCard, signIn } from './cashier.js';

const SCANNER_DELAY_MS = 5;
const HUMAN_DELAY_MS = 120;

test('a keyboard-wedge scan while another control has focus lands in the code field and looks the card up', async ({
  page,
  demo,
}) => {
  await signIn(page, demo);
  const card = redeemableCard(demo);
  const code = card.code.replace(/-/g, '');
  const lookUp = page.getByRole('button', { name: 'Look up card' });
  await lookUp.focus();

  await page.keyboard.type(code, { delay: SCANNER_DELAY_MS });
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: 'Card found' })).toBeVisible();
  await expect(fact(page, 'Card', 'Card')).toHaveText(maskCode(code));
  await expect(fact(page, 'Card', 'Balance')).toHaveText(money(demo, card.balanceMinor));
  await expect(page.locator('body')).not.toContainText(code);
});

test('a scan with the mode tab focused keeps the tab and leaves no stray characters', async ({ page, demo }) => {
  await signIn(page, demo);
  const card = redeemableCard(demo, 1);
  const code = card.code.replace(/-/g, '');
  await page.getByRole('tab', { name: 'Check balance' }).click();
  await expect(page.getByRole('tab', { name: 'Check balance' })).toBeFocused();

  // A scanner that sends an AIM identifier and Tab as its suffix.
  await page.keyboard.type(`]C0${code}`, { delay: SCANNER_DELAY_MS });
  await page.keyboard.press('Tab');

  await expect(fact(page, 'Card', 'Balance')).toHaveText(money(demo, card.balanceMinor));
});

test('typing at human speed in the code field is typing, not a scan', async ({ page, demo }) => {
  await signIn(page, demo);
  const card = redeemableCard(demo);
  const code = card.code.replace(/-/g, '');
  const field = page.getByRole('textbox', { name: 'Card code' });
  await expect(field).toBeFocused();

  await page.keyboard.type(code, { delay: HUMAN_DELAY_MS });
  await expect(field).toHaveValue(formatCode(code));
  await expect(page.getByRole('heading', { name: 'Card found' })).toBeHidden();

  // Editing keys still work on what was typed.
  await page.keyboard.press('Backspace');
  await expect(field).toHaveValue(formatCode(code.slice(0, -1)));
  await page.keyboard.type(code.slice(-1), { delay: HUMAN_DELAY_MS });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Card found' })).toBeVisible();
});

test('a fast burst typed on a button at human length is not a scan', async ({ page, demo }) => {
  await signIn(page, demo);
  const lookUp = page.getByRole('button', { name: 'Look up card' });
  await lookUp.focus();
  await page.keyboard.type('12', { delay: SCANNER_DELAY_MS });
  await page.keyboard.press('Enter');
  // Enter reached the focused button: an empty code is reported as incomplete, not scanned.
  await expect(page.getByRole('alert')).toContainText('The code is incomplete');
});

test('a product barcode scanned by the wedge is "Not a gift card"', async ({ page, demo }) => {
  await signIn(page, demo);
  await page.getByRole('button', { name: 'Look up card' }).focus();
  await page.keyboard.type('4006381333931', { delay: SCANNER_DELAY_MS });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('Not a gift card');
  await expect(page.getByRole('textbox', { name: 'Card code' })).toHaveValue('');
});
