import { test, expect } from './fixtures';
import { formatCode, maskCode } from '../../shared/claim-code.js';
import { typedAcrossLayouts } from '../fixtures/keyboard-layouts.js';
import { demoCard, fact, money, redeemableCard, signIn } from './cashier.js';

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

test('a fast burst typed on a button at human length is not a scan: it goes to the code field as typed', async ({
  page,
  demo,
}) => {
  await signIn(page, demo);
  const lookUp = page.getByRole('button', { name: 'Look up card' });
  await lookUp.focus();
  await page.keyboard.type('12', { delay: SCANNER_DELAY_MS });
  await page.keyboard.press('Enter');
  // Enter ended the burst: the two characters are checked as a typed code, not looked up.
  await expect(page.getByRole('alert')).toContainText('The code is incomplete: 2 of 15 characters.');
  await expect(page.getByRole('textbox', { name: 'Card code' })).toBeFocused();
});

test('the first scan after the page loads, with focus on Scan with camera, is looked up and opens no camera', async ({
  page,
  demo,
}) => {
  await signIn(page, demo);
  const card = redeemableCard(demo, 1);
  await page.reload();
  const camera = page.getByRole('button', { name: 'Scan with camera' });
  await camera.focus();
  // A scanner slowed down (or a busy terminal): too slow to be told from typing by its timing.
  await page.keyboard.type(card.code.replace(/-/g, ''), { delay: 60 });
  await page.keyboard.press('Enter');

  await expect(fact(page, 'Card', 'Balance')).toHaveText(money(demo, card.balanceMinor));
  await expect(page.getByRole('region', { name: 'Camera scanner' })).toBeHidden();
});

test('a scanner set to a German keyboard (QWERTZ) reads DEM0ACT1000003Z: the card is found', async ({ page, demo }) => {
  await signIn(page, demo);
  const card = demoCard(demo, 'DEM0ACT1000003Z', (each) => each.code.replace(/-/g, '') === 'DEM0ACT1000003Z');
  const arrived = typedAcrossLayouts('DEM0ACT1000003Z', 'de', 'us');
  expect(arrived).toBe('DEM0ACT1000003Y');
  await page.getByRole('button', { name: 'Scan with camera' }).focus();
  await page.keyboard.type(arrived, { delay: SCANNER_DELAY_MS });
  await page.keyboard.press('Enter');

  await expect(fact(page, 'Card', 'Card')).toHaveText(maskCode('DEM0ACT1000003Z'));
  await expect(fact(page, 'Card', 'Balance')).toHaveText(money(demo, card.balanceMinor));
});

test('a scanner set to a French keyboard (AZERTY) sends a grouped code with its digits shifted: the card is found', async ({
  page,
  demo,
}) => {
  await signIn(page, demo);
  const card = demoCard(demo, 'DEM0ACT0250002Q', (each) => each.code.replace(/-/g, '') === 'DEM0ACT0250002Q');
  const arrived = typedAcrossLayouts('DEM0-ACT025-0002Q', 'fr', 'us');
  expect(arrived).toBe('DE:)6QCT)@%6)))@A');
  await page.getByRole('tab', { name: 'Redeem' }).focus();
  await page.keyboard.type(arrived, { delay: SCANNER_DELAY_MS });
  await page.keyboard.press('Enter');

  await expect(fact(page, 'Card', 'Balance')).toHaveText(money(demo, card.balanceMinor));
});

test('a product barcode scanned by the wedge is "Not a gift card"', async ({ page, demo }) => {
  await signIn(page, demo);
  await page.getByRole('button', { name: 'Look up card' }).focus();
  await page.keyboard.type('4006381333931', { delay: SCANNER_DELAY_MS });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('Not a gift card');
  await expect(page.getByRole('textbox', { name: 'Card code' })).toHaveValue('');
});
